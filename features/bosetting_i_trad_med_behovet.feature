# language: no
Egenskap: Bosetting i tråd med bosettingsbehovet
  Partene skal fordele antall flyktninger til regioner, fylker og kommuner i tråd med gjeldende
  bosettingsbehov, kriterier og nasjonale mål (punkt 1.7). IMDi anmoder kommunene om å bosette,
  og hver kommune avgjør selv i et vedtak hvor mange den kan bosette. KS bygger videre på
  kommunenes motivasjon for å bosette i tråd med behovet (punkt 2.3), og IMDi arbeider for at
  flyktninger blir bosatt i tråd med behovet (punkt 4.4).

  Avtalen oppgir ingen prosentgrenser. Grensene i eksemplene (for eksempel at vedtakene skal
  dekke minst 90 prosent av anmodningene) er regeleierens antakelser og står i regelfilen.

  Bakgrunn:
    Gitt det nasjonale bosettingsbehovet for 2026 er 100 personer, av dem 10 enslige mindreårige

  Regel: Anmodningene skal til sammen dekke bosettingsbehovet (1.7)

    @forpliktelse-1.7
    Scenariomal: Summen av anmodningene sammenlignes med bosettingsbehovet
      Gitt disse kommunene i 2026:
        | kommune     | anmodning    | vedtak | bosatt |
        | Bodø        | <Bodø>       | 40     | 38     |
        | Molde       | <Molde>      | 30     | 30     |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «<resultat>» for Norge

      Eksempler:
        | Bodø | Molde | resultat     |
        | 60   | 40    | oppfylt      |
        | 70   | 40    | oppfylt      |
        | 60   | 39    | ikke oppfylt |

    @forpliktelse-1.7 @illustrasjon
    Scenario: Når behovet justeres i løpet av året, er det det justerte behovet som gjelder
      Gitt bosettingsbehovet for 2026 ble justert til 80 personer, av dem 8 enslige mindreårige
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 50        | 50     | 45     |
        | Molde   | 35        | 35     | 30     |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «oppfylt» for Norge

  Regel: Uten behovet eller kommunenes tall kan fordelingen ikke vurderes (1.7 og 4.4)

    @forpliktelse-1.7 @forpliktelse-4.4
    Scenario: Ingen anmodninger, vedtak eller bosatte er registrert for kommunene
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «utilstrekkelig grunnlag» for Norge
      Og er forpliktelse 4.4 «utilstrekkelig grunnlag» for IMDi

    @forpliktelse-1.7
    Scenario: Et bosettingsbehov på null kan ikke dekkes med en andel
      Gitt det nasjonale bosettingsbehovet for 2026 er 0 personer, av dem 0 enslige mindreårige
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 10        | 10     | 10     |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «utilstrekkelig grunnlag» for Norge
      Og sier begrunnelsen for forpliktelse 1.7 at «Fordelingen kunne ikke vurderes for 2026»

  Regel: Kommunens vedtak sammenlignes med anmodningen (1.7)

    @forpliktelse-1.7
    Scenariomal: Vedtaket over, lik eller under anmodningen, eller ikke vedtatt
      Gitt disse kommunene i 2026:
        | kommune | anmodning   | vedtak   | bosatt |
        | Hamar   | <anmodning> | <vedtak> | 0      |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «<resultat>» for Hamar

      Eksempler: IMDis kategorier: over, lik, under og ingen vedtak
        | anmodning | vedtak | resultat                |
        | 20        | 25     | oppfylt                 |
        | 20        | 20     | oppfylt                 |
        | 20        | 15     | delvis oppfylt          |
        | 20        | 0      | ikke oppfylt            |
        | 20        | ingen  | utilstrekkelig grunnlag |
        | 0         | ingen  | ikke relevant           |

    @forpliktelse-1.7
    Scenariomal: Kommunenes vedtak summeres per fylke
      Gitt disse kommunene i 2026:
        | kommune   | anmodning   | vedtak      |
        | Halden    | <anmodning> | <Halden>    |
        | Sarpsborg | <anmodning> | <Sarpsborg> |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.7 «<resultat>» for Østfold

      Eksempler:
        | anmodning | Halden | Sarpsborg | resultat                |
        | 50        | 50     | 40        | oppfylt                 |
        | 50        | 45     | 30        | delvis oppfylt          |
        | 50        | 40     | 34        | ikke oppfylt            |
        | 50        | ingen  | ingen     | utilstrekkelig grunnlag |
        | 0         | ingen  | ingen     | ikke relevant           |

  Regel: KS bygger videre på kommunenes motivasjon for å bosette i tråd med behovet (2.3)

    @forpliktelse-2.3
    Scenariomal: Hvor stor del av anmodningene kommunene har vedtatt
      Gitt disse kommunene i 2026:
        | kommune | anmodning | vedtak     |
        | Bodø    | 60        | <Bodø>     |
        | Molde   | 40        | <Molde>    |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 2.3 «<resultat>» for KS

      Eksempler:
        | Bodø  | Molde | resultat                |
        | 60    | 30    | oppfylt                 |
        | 50    | 30    | delvis oppfylt          |
        | 40    | 34    | ikke oppfylt            |
        | ingen | ingen | utilstrekkelig grunnlag |

  Regel: IMDi arbeider for at flyktninger blir bosatt i tråd med behovet (4.4)

    @forpliktelse-4.4
    Scenariomal: Hvor mange som er bosatt, sammenlignet med bosettingsbehovet
      Gitt disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt   |
        | Bodø    | 60        | 60     | <Bodø>   |
        | Molde   | 40        | 40     | <Molde>  |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.4 «<resultat>» for IMDi

      Eksempler:
        | Bodø | Molde | resultat       |
        | 55   | 35    | oppfylt        |
        | 50   | 30    | delvis oppfylt |
        | 40   | 30    | ikke oppfylt   |

    @forpliktelse-4.4
    Scenariomal: Hvor mange kommunen har bosatt av dem den vedtok å bosette
      Gitt disse kommunene i 2026:
        | kommune | anmodning   | vedtak   | bosatt   |
        | Tromsø  | <anmodning> | <vedtak> | <bosatt> |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.4 «<resultat>» for Tromsø

      Eksempler:
        | anmodning | vedtak | bosatt | resultat                |
        | 30        | 30     | 27     | oppfylt                 |
        | 30        | 30     | 15     | delvis oppfylt          |
        | 30        | 30     | 14     | ikke oppfylt            |
        | 30        | 0      | 0      | ikke relevant           |
        | 30        | ingen  | 0      | utilstrekkelig grunnlag |
        | 0         | ingen  | 0      | ikke relevant           |

  Regel: IMDi har dialog med fylkeskommunene ved anmodning av kommuner (4.3)

    @forpliktelse-4.3
    Scenariomal: Fylkeskommunens anbefaling før kommunene i fylket anmodes
      Gitt disse kommunene i 2026:
        | kommune | anmodning   | fylkeskommunens anbefaling |
        | Alta    | <anmodning> | <anbefaling>               |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.3 «<resultat>» for Finnmark

      Eksempler:
        | anmodning | anbefaling | resultat                |
        | 20        | 20         | oppfylt                 |
        | 20        | ingen      | utilstrekkelig grunnlag |
        | 0         | ingen      | ikke relevant           |
