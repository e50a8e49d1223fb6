# language: no
Egenskap: Anmodningskriterier for bosettingskommuner
  Partene utarbeider forslag til anmodningskriterier for bosettingskommuner (punkt 1.3), og
  Arbeids- og inkluderingsdepartementet fastsetter dem etter anbefaling fra Nasjonalt utvalg
  (punkt 3.4). Kriteriene avgjør hvilke kommuner IMDi anmoder om å bosette flyktninger.

  For 2026 er kriteriene skjerpet: bosetting i områder med høy innvandrerandel og
  levekårsutfordringer skal unngås, det skal tas hensyn til sekundærflytting, og det skal
  legges mer vekt på arbeidsmuligheter. Kildene oppgir ikke tallgrenser; grensene i
  eksemplene nedenfor er regeleierens antakelser og står slik i regelfilen. Resultater i
  introduksjonsprogrammet er ikke nevnt i kildene: kriteriet er regeleierens antakelse og er merket
  slik i regelfilen. Tallene for kommunene i eksemplene er fiktive.

  Regel: En kommune må ha tjenestekapasitet for å bli anmodet

    @kriterium-2026-kapasitet
    Scenariomal: Innbyggertallet avgjør om kommunen har kapasitet til å bosette
      Gitt kommunen Askvoll har <innbyggere> innbyggere
      Når anmodningskriteriene for 2026 vurderes
      Så er kriteriet «Tjenestekapasitet (innbyggertall)» «<resultat>» for Askvoll

      Eksempler:
        | innbyggere | resultat      |
        | 1 999      | ikke innfridd |
        | 2 000      | innfridd      |
        | 2 986      | innfridd      |

    @kriterium-2026-em_kapasitet
    Scenariomal: Bare kommuner av en viss størrelse anmodes om å bosette enslige mindreårige
      Gitt kommunen Molde har <innbyggere> innbyggere
      Når anmodningskriteriene for 2026 vurderes
      Så er kriteriet «Kapasitet for enslige mindreårige» «<resultat>» for Molde

      Eksempler:
        | innbyggere | resultat      |
        | 9 999      | ikke innfridd |
        | 10 000     | innfridd      |

  Regel: Bosetting i områder med høy innvandrerandel og levekårsutfordringer skal unngås

    @kriterium-2026-innvandrerandel_og_levekar
    Scenariomal: Det er kombinasjonen av høy innvandrerandel og levekårsutfordringer som utelukker kommunen
      Gitt disse kommunene:
        | kommune | innbyggere | innvandrerandel % | levekårsindeks |
        | Drammen | 104 487    | <innvandrerandel> | <levekår>      |
      Når anmodningskriteriene for 2026 vurderes
      Så er kriteriet «Ikke høy innvandrerandel sammen med levekårsutfordringer» «<resultat>» for Drammen

      Eksempler:
        | innvandrerandel | levekår | resultat                |
        | 15              | 60      | innfridd                |
        | 15,1            | 45      | innfridd                |
        | 15,1            | 45,1    | ikke innfridd           |
        | 28              | 70      | ikke innfridd           |
        |                 | 70      | utilstrekkelig grunnlag |

  Regel: Det tas hensyn til sekundærflytting

    @kriterium-2026-sekundarflytting
    Scenariomal: Lav netto sekundærutflytting teller med i vurderingen
      Gitt disse kommunene:
        | kommune | innbyggere | sekundærflytting % |
        | Vinje   | 3 851      | <sekundærflytting> |
      Når anmodningskriteriene for 2026 vurderes
      Så er kriteriet «Lav sekundærutflytting» «<resultat>» for Vinje

      Eksempler:
        | sekundærflytting | resultat                |
        | 10               | innfridd                |
        | 10,5             | ikke innfridd           |
        |                  | utilstrekkelig grunnlag |

  Regel: Det legges mer vekt på arbeidsmuligheter

    @kriterium-2026-arbeidsmarked
    Scenariomal: Sysselsettingen i kommunen viser arbeidsmulighetene
      Gitt disse kommunene:
        | kommune | innbyggere | sysselsetting % |
        | Alta    | 21 708     | <sysselsetting> |
      Når anmodningskriteriene for 2026 vurderes
      Så er kriteriet «Gode arbeidsmuligheter» «<resultat>» for Alta

      Eksempler:
        | sysselsetting | resultat                |
        | 69,9          | ikke innfridd           |
        | 70            | innfridd                |
        |               | utilstrekkelig grunnlag |

  Regel: Resultater i introduksjonsprogrammet er regeleierens antakelse, ikke et kriterium kildene nevner

    @kriterium-2026-introduksjonsresultat
    Scenariomal: Grensen er det nasjonale målet om at minst 70 prosent er i arbeid eller utdanning
      Gitt disse kommunene:
        | kommune | innbyggere | introduksjonsresultat % |
        | Hamar   | 32 879     | <introduksjonsresultat> |
      Når anmodningskriteriene for 2026 vurderes
      Så er kriteriet «Gode resultater i introduksjonsprogrammet (antakelse)» «<resultat>» for Hamar

      Eksempler:
        | introduksjonsresultat | resultat                |
        | 58                    | ikke innfridd           |
        | 70                    | innfridd                |
        | 81,5                  | innfridd                |
        |                       | utilstrekkelig grunnlag |

  Regel: Hver kommune får en vurdering etter hvert kriterium

    @kriterieversjon-2026
    Scenario: En kommune som innfrir alt, får «innfridd» på hvert kriterium for 2026
      Gitt disse kommunene:
        | kommune | innbyggere | sysselsetting % | introduksjonsresultat % | innvandrerandel % | levekårsindeks | sekundærflytting % |
        | Bodø    | 53 712     | 74              | 72                      | 11                | 30             | 4                  |
      Når anmodningskriteriene for 2026 vurderes
      Så har kommunen Bodø fått en vurdering for hvert kriterium
      Og er kriteriet «Tjenestekapasitet (innbyggertall)» «innfridd» for Bodø
      Og er kriteriet «Gode arbeidsmuligheter» «innfridd» for Bodø

  Regel: Kriteriene som gjelder på en dato, er den vedtatte versjonen for det året

    @kriterieversjon-2027
    Scenario: Utkastet for 2027 gjelder ikke før det er vedtatt
      Når vi spør hvilke anmodningskriterier som gjelder 1. mars 2027
      Så gjelder ingen vedtatte anmodningskriterier

    @kriterieversjon-2027
    Scenario: Utkastet for 2027 brukes bare når vi ber om det, for å se hva en endring ville gjøre
      Når vi spør hvilke anmodningskriterier som gjelder 1. mars 2027, utkast medregnet
      Så gjelder versjon «2027.1» (utkast)

    @kriterieversjon-2027 @kriterium-2027-kapasitet @kriterium-2026-kapasitet @illustrasjon
    Scenario: Utkastet for 2027 viser hva et høyere krav til innbyggertall ville bety for en kommune
      Gitt kommunen Askvoll har 2 986 innbyggere
      Når anmodningskriteriene for 2026 vurderes
      Så er kriteriet «Tjenestekapasitet (innbyggertall)» «innfridd» for Askvoll
      Når utkastet til anmodningskriterier for 2027 vurderes
      Så er kriteriet «Tjenestekapasitet (innbyggertall)» «ikke innfridd» for Askvoll

    Scenariomal: Hvert år har sin vedtatte versjon
      Når vi spør hvilke anmodningskriterier som gjelder <dato>
      Så gjelder versjon «<versjon>» (vedtatt)

      @kriterieversjon-2018
      Eksempler: Kriteriene for 2018: minst 5 000 innbyggere som hovedregel
        | dato              | versjon |
        | 1. januar 2018    | 2018.1  |
        | 31. desember 2018 | 2018.1  |

      @kriterieversjon-2019
      Eksempler: Kriteriene for 2019: integreringsresultater og arbeid i regionen
        | dato           | versjon |
        | 15. april 2019 | 2019.1  |

      @kriterieversjon-2022
      Eksempler: Kriteriene for 2022: alle kommuner anmodes
        | dato         | versjon |
        | 1. juli 2022 | 2022.1  |

      @kriterieversjon-2023
      Eksempler: Kriteriene for 2023
        | dato         | versjon |
        | 1. juli 2023 | 2023.1  |

      @kriterieversjon-2024
      Eksempler: Kriteriene for 2024
        | dato         | versjon |
        | 1. juli 2024 | 2024.1  |

      @kriterieversjon-2026
      Eksempler: Kriteriene for 2026: de vedtatte skjerpede kriteriene
        | dato              | versjon |
        | 1. januar 2026    | 2026.1  |
        | 15. mars 2026     | 2026.1  |
        | 31. desember 2026 | 2026.1  |

    Scenariomal: For år uten vedtatte kriterier i regelfilene gjelder ingen
      Når vi spør hvilke anmodningskriterier som gjelder <dato>
      Så gjelder ingen vedtatte anmodningskriterier

      @kriterieversjon-2024 @kriterieversjon-2026
      Eksempler:
        | dato              |
        | 1. juli 2025      |
        | 31. desember 2017 |

  Regel: Kriteriearbeidet i et år gjelder kriteriene for neste år (1.3 og 3.4)

    Kriteriene som gjelder i et år, ble foreslått, anbefalt og fastsatt året før. Gjennomgangen for
    2026 ser derfor på kriteriene for 2027, og gjennomgangen for 2029 på kriteriene for 2030.
    Mangler regelfilen opplysninger om hvem som foreslo eller anbefalte kriteriene, er det en mangel
    i verktøyets regelfil, ikke i partenes arbeid.

    @forpliktelse-1.3 @forpliktelse-3.4 @kriterieversjon-2027
    Scenario: For 2027 har verktøyet bare et utkast som ikke sier hvem som laget det
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.3 «utilstrekkelig grunnlag» for Norge
      Og er forpliktelse 3.4 «utilstrekkelig grunnlag» for AID
      Og sier begrunnelsen for forpliktelse 1.3 at «Det er en mangel i verktøyets regelfiler, ikke et funn om partenes arbeid»
      Og sier begrunnelsen for forpliktelse 3.4 at «For 2027 har verktøyet bare et utkast»

    @forpliktelse-1.3 @kriterieversjon-2027
    Scenario: Et utkast til kriteriene for neste år er forslaget 1.3 ber om
      Gitt utkastet til anmodningskriterier for 2027 oppgir at det ble foreslått av partene i avtalen 1. juni 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.3 «oppfylt» for Norge
      Og sier begrunnelsen for forpliktelse 1.3 at «Forslaget til anmodningskriterier for 2027 ble utarbeidet av partene i avtalen 1. juni 2026»

    @forpliktelse-1.3 @forpliktelse-3.4
    Scenario: Forslag, anbefaling fra Nasjonalt utvalg og fastsetting i riktig rekkefølge
      Gitt kriteriefilen for 2027 oppgir at kriteriene ble foreslått av partene i avtalen 1. juni 2026, anbefalt av Nasjonalt utvalg for mottak og bosetting av flyktninger 15. september 2026 og fastsatt av Arbeids- og inkluderingsdepartementet 22. oktober 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 3.4 «oppfylt» for AID
      Og leses forpliktelse 3.4 som en forpliktelse til handling eller resultat, etter ordene «fastsette anmodningskriterier»

    @forpliktelse-3.4
    Scenariomal: Kriterier som ikke bygger på anbefalingen fra Nasjonalt utvalg
      Gitt kriteriefilen for 2027 oppgir at kriteriene ble foreslått av partene i avtalen 1. juni 2026, anbefalt av <anbefalt av> <anbefalt> og fastsatt av Arbeids- og inkluderingsdepartementet 22. oktober 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 3.4 «ikke oppfylt» for AID

      Eksempler:
        | anbefalt av      | anbefalt           |
        | IMDi             | 15. september 2026 |
        | Nasjonalt utvalg | 1. november 2026   |

    @forpliktelse-1.3 @forpliktelse-3.4
    Scenario: Fastsatte kriterier der regelfilen ikke sier hvem som foreslo og anbefalte dem
      Gitt kriteriefilen for 2027 er fastsatt av Arbeids- og inkluderingsdepartementet 22. oktober 2026, men oppgir ikke hvem som foreslo eller anbefalte kriteriene
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.3 «utilstrekkelig grunnlag» for Norge
      Og er forpliktelse 3.4 «utilstrekkelig grunnlag» for AID
      Og sier begrunnelsen for forpliktelse 3.4 at «oppgir ikke hvem som anbefalte kriteriene eller når»

    @forpliktelse-1.3 @forpliktelse-3.4
    Scenario: Gjennomgangen for 2027 ser etter kriteriene for 2028, som verktøyet ikke har
      Når forpliktelsene vurderes for 2027
      Så er forpliktelse 1.3 «utilstrekkelig grunnlag» for Norge
      Og er forpliktelse 3.4 «utilstrekkelig grunnlag» for AID
      Og sier begrunnelsen for forpliktelse 3.4 at «Verktøyet har ingen regelfil med anmodningskriterier for 2028»
