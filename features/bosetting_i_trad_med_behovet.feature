# language: no
Egenskap: Bosetting i tråd med bosettingsbehovet
  Partene skal fordele antall flyktninger til regioner, fylker og kommuner i tråd med gjeldende
  bosettingsbehov, kriterier og nasjonale mål (punkt 1.7). IMDi anmoder kommunene om å bosette,
  og hver kommune avgjør selv i et vedtak hvor mange den kan bosette. KS bygger videre på
  kommunenes motivasjon for å bosette i tråd med behovet (punkt 2.3), og IMDi arbeider for at
  flyktninger blir bosatt i tråd med behovet (punkt 4.4).

  Kommunene er ikke parter i avtalen: «den enkelte kommune selv avgjør hvor mange den kan bosette i
  egen kommune». Kommunens og fylkets tall er derfor beskrivelser (over, lik eller under
  anmodningen, vedtak om å ikke bosette, ikke vedtatt, ikke anmodet), aldri «oppfylt» eller «ikke
  oppfylt». De vises som sammenheng til partenes forpliktelser 1.7, 2.3 og 4.4.

  Avtalen oppgir ingen prosentgrenser. Referanseverdiene i eksemplene (at anmodningene til sammen
  dekker 100 prosent av behovet, at minst 90 prosent av behovet er bosatt) er regeleierens
  antakelser og står i regelfilen. Tallene i eksemplene er fiktive, også for virkelige kommuner.

  Bakgrunn:
    Gitt det nasjonale bosettingsbehovet for 2026 er 100 personer, av dem 10 enslige mindreårige

  Regel: Summen av anmodningene vurderes mot bosettingsbehovet (1.7)

    Avtalen sier «fordele … i tråd med gjeldende bosettingsbehov, kriterier og nasjonale mål».
    Regelfilen vurderer bare summen: referanseverdien (en antakelse) er at anmodningene til sammen
    dekker hele behovet. Dekker de minst 95 prosent (også en antakelse), er fordelingen fulgt, men ikke
    fullt ut: «delvis oppfylt». Om fordelingen på kommunene fulgte kriteriene, er ikke vurdert.

    @forpliktelse-1.7
    Scenariomal: Summen av anmodningene sammenlignes med bosettingsbehovet
      Gitt disse kommunene i 2026:
        | kommune     | anmodning    | vedtak | bosatt |
        | Bodø        | <Bodø>       | 40     | 38     |
        | Molde       | <Molde>      | 30     | 30     |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «<resultat>» for Norge

      Eksempler:
        | Bodø | Molde | resultat       |
        | 60   | 40    | oppfylt        |
        | 70   | 40    | oppfylt        |
        | 60   | 39    | delvis oppfylt |
        | 55   | 39    | ikke oppfylt   |

    @forpliktelse-1.7
    Scenario: 1.7 er en forpliktelse for partene, til å fordele
      Gitt disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 100       | 0      | 0      |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «oppfylt» for Norge
      Og leses forpliktelse 1.7 som en forpliktelse til handling eller resultat, etter ordene «fordele antall flyktninger»
      Og binder forpliktelse 1.7 KS, Arbeids- og inkluderingsdepartementet, Justis- og beredskapsdepartementet, Barne- og familiedepartementet og Kommunal- og distriktsdepartementet

  Regel: Et behov som justeres i løpet av året, gjelder når justeringen utløser ny fordeling (1.7)

    Kriteriefilen for 2026 bruker som referanseverdi (en antakelse fra tidligere mandater for
    Nasjonalt utvalg) at behovet fordeles på nytt når det stiger med mer enn 750
    personer eller 150 enslige mindreårige, eller endrer seg med mer enn 10 prosent. Under
    terskelen vurderes fordelingen mot behovet den ble gjort for. Går behovet ned, gjelder det
    justerte behovet. Gjelder ingen vedtatte kriterier for året, brukes de samme tersklene som
    regelfilens referanseverdier (en antakelse, fra mandatene til Nasjonalt utvalg), og
    begrunnelsen sier det.

    @forpliktelse-1.7
    Scenariomal: Behovet justeres opp 1. juni
      Gitt bosettingsbehovet for 2026 ble justert 1. juni 2026 til <justert> personer, av dem 10 enslige mindreårige
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | <Bodø>    | 60     | 55     |
        | Molde   | 40        | 40     | 35     |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «<resultat>» for Norge
      Og sier begrunnelsen for forpliktelse 1.7 at «Behovet ble justert 1. juni 2026 fra 100 til <justert>; ny fordeling utløst: <utløst>, etter terskelen i de vedtatte anmodningskriteriene»

      Eksempler:
        | justert | Bodø | utløst | resultat       |
        | 110     | 60   | nei    | oppfylt        |
        | 111     | 60   | ja     | ikke oppfylt   |
        | 111     | 66   | ja     | delvis oppfylt |

    @forpliktelse-1.7 @illustrasjon
    Scenario: Behovet justeres ned, og anmodningene dekker det justerte behovet
      Gitt bosettingsbehovet for 2026 ble justert 1. september 2026 til 80 personer, av dem 8 enslige mindreårige
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 50        | 50     | 45     |
        | Molde   | 35        | 35     | 30     |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «oppfylt» for Norge
      Og sier begrunnelsen for forpliktelse 1.7 at «behovet fordelingen vurderes mot (80)»

    @forpliktelse-1.7
    Scenariomal: Et år uten vedtatte kriterier: regelfilens referanseverdier avgjør om justeringen utløser ny fordeling
      Gitt det nasjonale bosettingsbehovet for 2027 er 100 personer, av dem 10 enslige mindreårige
      Og bosettingsbehovet for 2027 ble justert 1. juni 2027 til <justert> personer, av dem 10 enslige mindreårige
      Og disse kommunene i 2027:
        | kommune | anmodning   | vedtak | bosatt |
        | Bodø    | <anmodning> | 60     | 55     |
      Når forpliktelsene vurderes for 2027
      Så er forpliktelse 1.7 «<resultat>» for Norge
      Og sier begrunnelsen for forpliktelse 1.7 at «ny fordeling utløst: <utløst>, etter regelfilens referanseverdier»
      Og sier begrunnelsen for forpliktelse 1.7 at «behovet fordelingen vurderes mot (<vurdert mot>)»

      Eksempler:
        | justert | anmodning | utløst | vurdert mot | resultat       |
        | 130     | 130       | ja     | 130         | oppfylt        |
        | 130     | 125       | ja     | 130         | delvis oppfylt |
        | 130     | 100       | ja     | 130         | ikke oppfylt   |
        | 105     | 100       | nei    | 100         | oppfylt        |

  Regel: Uten behovet eller kommunenes tall kan fordelingen ikke vurderes (1.7 og 4.4)

    @forpliktelse-1.7 @forpliktelse-4.4
    Scenario: Ingen anmodninger, vedtak eller bosatte er registrert for kommunene
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «utilstrekkelig grunnlag» for Norge
      Og viser tallene ved siden av forpliktelse 4.4 «utilstrekkelig grunnlag»

    @forpliktelse-1.7
    Scenario: Et bosettingsbehov på null kan ikke dekkes med en andel
      Gitt det nasjonale bosettingsbehovet for 2026 er 0 personer, av dem 0 enslige mindreårige
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 10        | 10     | 10     |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «utilstrekkelig grunnlag» for Norge
      Og sier begrunnelsen for forpliktelse 1.7 at «Fordelingen kunne ikke vurderes for 2026»

  Regel: Kommunens vedtak beskrives, aldri vurderes (1.7)

    @forpliktelse-1.7
    Scenariomal: Vedtaket over, lik eller under anmodningen, vedtak om å ikke bosette, ikke vedtatt eller ikke anmodet
      Gitt disse kommunene i 2026:
        | kommune | anmodning   | vedtak   | bosatt |
        | Hamar   | <anmodning> | <vedtak> | 0      |
      Når forpliktelsene vurderes for 2026
      Så beskrives Hamar som «<beskrivelse>» under forpliktelse 1.7

      Eksempler:
        | anmodning | vedtak | beskrivelse                  |
        | 20        | 25     | over anmodning               |
        | 20        | 20     | lik anmodning                |
        | 20        | 15     | under anmodning              |
        | 20        | 0      | vedtak om å ikke bosette (0) |
        | 20        | ingen  | ikke vedtatt                 |
        | 0         | ingen  | ikke anmodet                 |
        | 0         | 5      | over anmodning               |

    @forpliktelse-1.7
    Scenario: En kommune som vedtar å ikke bosette, får ingen vurdering av oppfyllelse
      Gitt disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Hamar   | 20        | 0      | 0      |
        | Halden  | 20        | 5      | 5      |
      Når forpliktelsene vurderes for 2026
      Så får ingen kommune og ingen fylke en vurdering av om de har oppfylt noe

    @forpliktelse-1.7
    Scenariomal: Kommunenes vedtak summeres per fylke
      Gitt disse kommunene i 2026:
        | kommune   | anmodning   | vedtak      |
        | Halden    | <anmodning> | <Halden>    |
        | Sarpsborg | <anmodning> | <Sarpsborg> |
      Når forpliktelsene vurderes for 2026
      Så beskrives Østfold som «<beskrivelse>» under forpliktelse 1.7

      Eksempler:
        | anmodning | Halden | Sarpsborg | beskrivelse                  |
        | 50        | 60     | 50        | over anmodning               |
        | 50        | 50     | 50        | lik anmodning                |
        | 50        | 45     | 30        | under anmodning              |
        | 50        | 0      | 0         | vedtak om å ikke bosette (0) |
        | 50        | ingen  | ingen     | ikke vedtatt                 |
        | 0         | ingen  | ingen     | ikke anmodet                 |

  Regel: KS vurderes etter sitt eget arbeid, ikke etter kommunenes vedtak (2.3)

    KS skal «bygge videre på kommunenes motivasjon». Det er en innsatsforpliktelse. Hvor mye av
    anmodningene kommunene har vedtatt, vises ved siden av, som sammenheng.

    @forpliktelse-2.3
    Scenariomal: Kommunenes samlede vedtak vises ved siden av KS' dokumenterte arbeid
      Gitt aktivitetsregisteret for 2026 er levert
      Og KS har dokumentert arbeid med forpliktelse 2.3 14. april 2026: «Motivasjonssamling for bosettingskommuner»
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak     |
        | Bodø    | 60        | <Bodø>     |
        | Molde   | 40        | <Molde>    |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 2.3 «innsats dokumentert» for KS
      Og viser tallene ved siden av forpliktelse 2.3 «<samlet>»

      Eksempler:
        | Bodø  | Molde | samlet          |
        | 70    | 40    | over anmodning  |
        | 60    | 40    | lik anmodning   |
        | 40    | 0     | under anmodning |
        | ingen | ingen | ikke vedtatt    |

  Regel: IMDi arbeider for bosetting i tråd med behovet, og tallene vises ved siden av (4.4)

    @forpliktelse-4.4
    Scenariomal: Hvor mange som er bosatt, sammenlignet med bosettingsbehovet
      Gitt aktivitetsregisteret for 2026 er levert
      Og IMDi har dokumentert arbeid med forpliktelse 4.4 2. mars 2026: «Utsøkingsrutine for bosettingsklare»
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt   |
        | Bodø    | 60        | 60     | <Bodø>   |
        | Molde   | 40        | 40     | <Molde>  |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.4 «innsats dokumentert» for IMDi
      Og viser tallene ved siden av forpliktelse 4.4 «<bosatt>»

      Eksempler:
        | Bodø | Molde | bosatt                    |
        | 55   | 35    | innenfor referanseverdien |
        | 50   | 30    | utenfor referanseverdien  |

    @forpliktelse-4.4
    Scenariomal: Hvor mange som ble bosatt i kommunen, av dem den vedtok å bosette
      Gitt disse kommunene i 2026:
        | kommune | anmodning   | vedtak   | bosatt   |
        | Tromsø  | <anmodning> | <vedtak> | <bosatt> |
      Når forpliktelsene vurderes for 2026
      Så beskrives Tromsø som «<beskrivelse>» under forpliktelse 4.4

      Eksempler:
        | anmodning | vedtak | bosatt | beskrivelse                   |
        | 30        | 30     | 30     | bosatt som vedtatt eller flere |
        | 30        | 30     | 14     | bosatt færre enn vedtatt      |
        | 30        | 0      | 0      | ikke relevant                 |
        | 30        | ingen  | 0      | ikke relevant                 |

  Regel: Fylkeskommunens tilråding vises per fylke, som sammenheng for IMDis dialog (4.3)

    @forpliktelse-4.3
    Scenariomal: Fylkeskommunens tilråding før kommunene i fylket anmodes
      Gitt disse kommunene i 2026:
        | kommune | anmodning   | fylkeskommunens anbefaling |
        | Alta    | <anmodning> | <anbefaling>               |
        | Vadsø   | <anmodning> | <anbefaling>               |
      Når forpliktelsene vurderes for 2026
      Så beskrives Finnmark som «<beskrivelse>» under forpliktelse 4.3

      Eksempler:
        | anmodning | anbefaling | beskrivelse                  |
        | 20        | 20         | tilråding fra fylkeskommunen |
        | 20        | ingen      | ingen tilråding registrert   |
        | 0         | ingen      | ikke relevant                |

    @forpliktelse-4.3
    Scenario: Oslo er både kommune og fylke, og har ingen fordeling å tilrå
      Gitt disse kommunene i 2026:
        | kommune | anmodning | vedtak |
        | Oslo    | 200       | 200    |
      Når forpliktelsene vurderes for 2026
      Så beskrives Oslo som «ikke relevant» under forpliktelse 4.3
