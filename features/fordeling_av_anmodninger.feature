# language: no
Egenskap: Fordeling av bosettingsbehovet på fylker og kommuner
  Partene skal fordele antall flyktninger til regioner, fylker og kommuner i tråd med gjeldende
  bosettingsbehov, kriterier og nasjonale mål (punkt 1.7). Det nasjonale behovet fordeles først på
  fylkene og så på kommunene i hvert fylke, i hele personer, slik at anmodningene til sammen er
  nøyaktig lik behovet – både i alt og for enslige mindreårige.

  Hvilken metode kriteriene for 2026 fordeler etter, er ikke offentliggjort. Regelfilen bruker
  Sainte-Laguës rene metode (første deler 1, slik fordelingen av mandater mellom valgdistrikter
  gjør; partienes mandater fordeles med første deler 1,4), og det er regeleierens antakelse. En
  kommune som ikke innfrir de obligatoriske kriteriene, anmodes ikke. Hver kommune får et poengtall
  etter kriteriene den innfrir, og vekten er innbyggertallet ganget med poengtallet. En kommune
  anmodes om minst 10 eller ingen, og om høyst 1 prosent av innbyggerne. Enslige mindreårige
  fordeles bare til kommuner som innfrir kriteriet for enslige mindreårige. Tallgrensene er
  regeleierens antakelser og står i regelfilen. Tallene for kommunene er fiktive.

  Bakgrunn:
    Gitt disse kommunene i 2026:
      | kommune     | sysselsetting % | introduksjonsresultat % | innvandrerandel % | levekårsindeks | sekundærflytting % |
      | Bodø        | 74              | 72                      | 8                 | 30             | 4                  |
      | Molde       | 72              | 65                      | 9                 | 30             | 12                 |
      | Hamar       | 68              | 75                      | 12                | 40             | 5                  |
      | Lillehammer | 71              | 71                      | 10                | 35             | 6                  |
      | Vinje       | 75              | 60                      | 5                 | 20             | 3                  |
      | Utsira      | 80              | 80                      | 2                 | 10             | 0                  |
      | Drammen     | 70              | 70                      | 30                | 60             | 5                  |

  Regel: Anmodningene summerer seg nøyaktig til behovet

    @forpliktelse-1.7
    Scenariomal: Behovet fordeles i hele personer
      Når behovet på <behov> personer, av dem <EM> enslige mindreårige, fordeles etter anmodningskriteriene for 2026
      Så er summen av anmodningene <behov> personer, av dem <EM> enslige mindreårige
      Og får hver kommune i registeret en rad i fordelingen

      Eksempler:
        | behov | EM |
        | 200   | 20 |
        | 600   | 40 |
        | 1 000 | 50 |
        | 1 400 | 50 |

    @forpliktelse-1.7 @kriterium-2026-arbeidsmarked @kriterium-2026-introduksjonsresultat @kriterium-2026-sekundarflytting
    Scenario: Hver kommunes anmodning, etter vekten kriteriene gir den
      Når behovet på 600 personer, av dem 40 enslige mindreårige, fordeles etter anmodningskriteriene for 2026
      Så anmodes kommunene om:
        | kommune     | anmodning | av dem enslige mindreårige |
        | Bodø        | 258       | 18                         |
        | Molde       | 94        | 6                          |
        | Hamar       | 95        | 7                          |
        | Lillehammer | 138       | 9                          |
        | Vinje       | 15        | 0                          |
        | Utsira      | 0         | 0                          |
        | Drammen     | 0         | 0                          |

  Regel: Bare kommuner som innfrir de obligatoriske kriteriene, anmodes

    @kriterium-2026-kapasitet @kriterium-2026-innvandrerandel_og_levekar
    Scenario: Kommuner uten kapasitet, eller med høy innvandrerandel og levekårsutfordringer, anmodes ikke
      Når behovet på 600 personer, av dem 40 enslige mindreårige, fordeles etter anmodningskriteriene for 2026
      Så anmodes Utsira ikke, fordi kommunen ikke innfrir kriteriet «Tjenestekapasitet (innbyggertall)»
      Og anmodes Drammen ikke, fordi kommunen ikke innfrir kriteriet «Ikke høy innvandrerandel sammen med levekårsutfordringer»

  Regel: En kommune anmodes om minst 10 eller ingen, og om høyst 1 prosent av innbyggerne

    @forpliktelse-1.7
    Scenario: En liten andel blir ingen anmodning
      Når behovet på 200 personer, av dem 20 enslige mindreårige, fordeles etter anmodningskriteriene for 2026
      Så anmodes Vinje ikke, fordi andelen ble under minsteanmodningen
      Og er summen av anmodningene 200 personer, av dem 20 enslige mindreårige

    @forpliktelse-1.7
    Scenario: Et stort behov møter taket for kommunene
      Når behovet på 1 400 personer, av dem 50 enslige mindreårige, fordeles etter anmodningskriteriene for 2026
      Så anmodes Bodø om 537, som er taket på 1 prosent av innbyggerne
      Og anmodes Lillehammer om 287, som er taket på 1 prosent av innbyggerne
      Og er summen av anmodningene 1 400 personer, av dem 50 enslige mindreårige

  Regel: Enslige mindreårige fordeles bare til kommuner som innfrir kriteriet for dem

    @kriterium-2026-em_kapasitet
    Scenario: Vinje er for liten til å bli anmodet om enslige mindreårige
      Når behovet på 600 personer, av dem 40 enslige mindreårige, fordeles etter anmodningskriteriene for 2026
      Så anmodes Vinje ikke om å bosette enslige mindreårige, men om å bosette 15 andre flyktninger
      Og er kriteriet «Kapasitet for enslige mindreårige» «ikke innfridd» for Vinje
      Og kan Vinje anmodes om å bosette flyktninger
      Og anmodes Vinje ikke om å bosette enslige mindreårige
      Og kan Bodø anmodes om å bosette enslige mindreårige

  Regel: Når behovet endres mer enn referanseverdiene, utløser det ny fordeling (antakelse)

    @forpliktelse-1.7
    Scenario: Behovet øker med mer enn 10 prosent
      Når behovet på 600 personer, av dem 40 enslige mindreårige, endres til 700 personer, av dem 40 enslige mindreårige, under anmodningskriteriene for 2026
      Så utløser endringen ny fordeling etter referanseverdiene, fordi:
        | behovet endret seg +16,7 %, mer enn terskelen ±10,0 % |
      Og endres anmodningene slik:
        | kommune     | før | etter |
        | Bodø        | 258 | 301   |
        | Molde       | 94  | 110   |
        | Hamar       | 95  | 111   |
        | Lillehammer | 138 | 161   |
        | Vinje       | 15  | 17    |
        | Utsira      | 0   | 0     |

    @forpliktelse-1.7
    Scenariomal: Hver terskel, for behovet og for enslige mindreårige, kan utløse en ny fordeling
      Når behovet på 600 personer, av dem 40 enslige mindreårige, endres til <etter> personer, av dem <etter EM> enslige mindreårige, under anmodningskriteriene for 2026
      Så utløser endringen ny fordeling etter referanseverdiene, fordi <grunner>

      Eksempler:
        | etter | etter EM | grunner                                                                                                       |
        | 700   | 40       | «behovet endret seg +16,7 %, mer enn terskelen ±10,0 %»                                                       |
        | 1 400 | 40       | «behovet endret seg +133,3 %, mer enn terskelen ±10,0 %» og «behovet endret seg +800, mer enn terskelen +750» |
        | 600   | 50       | «EM-behovet endret seg +25,0 %, mer enn terskelen ±10,0 %»                                                    |
        | 600   | 200      | «EM-behovet endret seg +400,0 %, mer enn terskelen ±10,0 %» og «EM-behovet endret seg +160, mer enn terskelen +150» |

    @forpliktelse-1.7
    Scenario: En endring innenfor tersklene gir ingen ny fordeling
      Når behovet på 600 personer, av dem 40 enslige mindreårige, endres til 650 personer, av dem 40 enslige mindreårige, under anmodningskriteriene for 2026
      Så utløser endringen ikke ny fordeling etter referanseverdiene
