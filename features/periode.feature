# language: no
Egenskap: Evalueringen av avtaleperioden
  «Avtalen skal evalueres før eventuell ny avtale skal utarbeides. Evalueringen skal inneholde en analyse
  av årsaker til eventuelle avvik mellom avtalens mål og realiserte mål.» Verktøyet setter avtalens år ved
  siden av hverandre, hvert år vurdert slik den årlige gjennomgangen gjør det: målene mot resultatene, hvor i
  kjeden avviket oppsto og hva partene selv har forklart, hvordan partene har arbeidet og fulgt opp det de
  avtalte, og avtalens egne vilkår for drøfting. Om avtalens formål er innfridd, er partenes vurdering.

  Regel: Evalueringen viser hvert mål år for år, og når det endret seg

    @maal-resultatmaal-mottak
    Scenario: Et mål som ble nådd det ene året og ikke det neste, slik det er målt
      Gitt disse endringene i kapasiteten i 2026:
        | mottak         | type       | vertskommune | endring  | plasser | varslet    | iverksatt  |
        | Askvoll mottak | asylmottak | Askvoll      | etablert | 90      | 01.02.2026 | 01.04.2026 |
      Og året 2026 legges til perioden
      Og disse endringene i kapasiteten i 2027:
        | mottak         | type       | vertskommune | endring | plasser | varslet    | iverksatt  |
        | Askvoll mottak | asylmottak | Askvoll      | nedlagt | 90      | 20.05.2027 | 01.06.2027 |
      Og året 2027 legges til perioden
      Når avtaleperioden evalueres
      Så viser evalueringen disse statusene for resultatmålet for mottak og omsorgssentre:
        | år   | status       |
        | 2026 | oppfylt      |
        | 2027 | ikke oppfylt |
      Og sier evalueringen om resultatmålet for mottak og omsorgssentre: «I 2026 nådde indikatorene som er målt, referanseverdiene for «oppfylt» (antakelser).»
      Og sier evalueringen om resultatmålet for mottak og omsorgssentre: «I 2027 nådde ikke alle indikatorene som er målt, referanseverdiene for «oppfylt» (antakelser).»
      Og sier evalueringen om resultatmålet for mottak og omsorgssentre: «Målt er bare varslingen; veiledning i driftsfasen, dialogen i driftsperioden og anskaffelsesrammene er ikke målt.»
      Og sier evalueringen om resultatmålet for mottak og omsorgssentre: «Statusen endret seg fra «oppfylt» i 2026 til «ikke oppfylt» i 2027.»

  Regel: Det dataene viser, holdes adskilt fra det som bygger på partenes forklaringer

    Dataene viser hvor i kjeden fra behov til bosetting avviket oppsto; det er en komponent av avviket,
    ikke en årsak. Hvorfor det oppsto, står i partenes egne forklaringer i referatet.

    @maal-hovedmaal-1
    Scenario: Kommuner som bosatte flere enn de vedtok, trekker avviket ned
      Gitt det nasjonale bosettingsbehovet for 2026 er 120 personer, av dem 10 enslige mindreårige
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 100       | 80     | 95     |
        | Askvoll | 20        | 20     | 20     |
      Og året 2026 legges til perioden
      Når avtaleperioden evalueres
      Så viser dataene for 2026 komponenten «Kommuner bosatte flere enn de hadde vedtatt, eller bosatte uten registrert vedtak (trekker avviket ned)» med 15 personer, som trekker avviket ned
      Og går komponentene av avviket for 2026 til sammen opp i avviket på 5 personer

    @maal-hovedmaal-1
    Scenario: En årsak som partene har forklart
      Gitt det nasjonale bosettingsbehovet for 2026 er 100 personer, av dem 10 enslige mindreårige
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 100       | 80     | 80     |
      Og referatet for 2026 er fra konsultasjonsmøtet 11. mars 2027
      Og KS forklarte hovedmål 1 slik i referatet for 2026: «Kommunene manglet boliger til store barnefamilier»
      Og året 2026 legges til perioden
      Når avtaleperioden evalueres
      Så viser dataene for 2026 at den største komponenten av avviket er «Kommuner vedtok å bosette færre enn de ble anmodet om» med 20 personer
      Og forklarer KS hovedmål 1 i referatet for 2026 med «Kommunene manglet boliger», med temaet «bolig»
      Og bygger temaet «bolig» på partenes forklaringer, ikke på dataene

    @forpliktelse-1.2
    Scenario: En merknad ved en forpliktelse uten avvik gir ingen årsak
      Gitt kommunene Askvoll
      Og referatet for 2026 er fra konsultasjonsmøtet 11. mars 2027
      Og AID forklarte forpliktelse 1.2 slik i referatet for 2026: «Tiltakene ventet på tilskudd i statsbudsjettet»
      Og året 2026 legges til perioden
      Når avtaleperioden evalueres
      Så forklarer AID forpliktelse 1.2 i referatet for 2026 med «ventet på tilskudd», med temaet «økonomiske rammer»
      Men bygger evalueringen ingen årsak på temaet «økonomiske rammer», for punktet har ikke noe avvik det året

    @maal-hovedmaal-1
    Scenario: En sammenligning med et år som dataene ikke har, kan ikke prøves
      Gitt det nasjonale bosettingsbehovet for 2026 er 100 personer, av dem 10 enslige mindreårige
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 100       | 80     | 80     |
      Og referatet for 2026 er fra konsultasjonsmøtet 11. mars 2027
      Og KS forklarte hovedmål 1 slik i referatet for 2026: «Kommunene vedtok å bosette flere enn i 2025»
      Og året 2026 legges til perioden
      Når avtaleperioden evalueres
      Så står det blant partenes forklaringer: «En sammenligning med 2025 kan ikke prøves: dataene har ikke 2025»

  Regel: Evalueringen viser oppfølgingen partene avtalte, og om den ble gjort

    En oppfølging uten rapport er ikke et brudd så lenge fristen ikke er passert på vurderingsdagen. En frist som
    faller på vurderingsdagen, er ikke passert den dagen.

    @forpliktelse-1.2
    Scenario: En oppfølging som ikke ble utført
      Gitt kommunene Askvoll
      Og referatet for 2026 er fra konsultasjonsmøtet 11. mars 2027
      Og partene vurderte forpliktelse 1.2 slik i referatet for 2026: «Tiltak kom for sent»
      Og partene avtalte i referatet for 2026 oppfølgingen «IMDi legger fram en plan mot lang ventetid» av forpliktelse 1.2, med IMDi som ansvarlig og frist 30. juni 2027
      Og partene avtalte i referatet for 2026 oppfølgingen «Partene avtaler et fast varsel» av forpliktelse 1.2, med Partene som ansvarlig og frist 30. september 2027
      Og partene avtalte i referatet for 2026 oppfølgingen «IMDi rapporterer ventetiden hver måned» av forpliktelse 1.2, med IMDi som ansvarlig og frist 1. april 2027
      Og partene avtalte i referatet for 2026 oppfølgingen «Nasjonalt utvalg drøfter ventetiden» av forpliktelse 1.2, med Nasjonalt utvalg som ansvarlig og frist 31. mars 2028
      Og partene avtalte i referatet for 2026 oppfølgingen «IMDi oppsummerer ventetiden for året» av forpliktelse 1.2, med IMDi som ansvarlig og frist 31. desember 2027
      Og året 2026 legges til perioden
      Og referatet for 2027 rapporterer at oppfølging 2026-1.2-1 er utført 20. juni 2027
      Og referatet for 2027 rapporterer at oppfølging 2026-1.2-2 ikke er utført 5. oktober 2027: «Varselet er drøftet, men ikke avtalt»
      Og året 2027 legges til perioden
      Når avtaleperioden evalueres
      Så viser evalueringen oppfølgingen av forpliktelse 1.2 slik:
        | oppfølging | status                                      |
        | 2026-1.2-1 | rapportert utført                           |
        | 2026-1.2-2 | rapportert ikke utført                      |
        | 2026-1.2-3 | ingen rapport, fristen er passert           |
        | 2026-1.2-4 | ingen rapport ennå, fristen er ikke passert |
        | 2026-1.2-5 | ingen rapport ennå, fristen er ikke passert |

  Regel: Avtalens egne vilkår for drøfting vises år for år, og «ingen data» der dataene ikke kan vise dem

    Avtalen skal drøftes «dersom det estimerte antallet som skal bosettes ikke kan håndteres innenfor
    gjeldende ordning». Avtalen oppgir ingen terskel: indikatoren sammenligner kommunenes vedtak med behovet
    mot en antakelse i regelfilen for forpliktelsene (80 prosent). Avtalen sier ikke hvor en parts erklæring om
    at vilkårene for å oppfylle avtalen ikke er til stede, eller en oppsigelse, føres; verktøyet leser dem fra
    referatet for året, med part og dato. Et år med referat uten en slik erklæring viser «ingen registrert»; et
    år der møtet ikke er holdt, kan ikke avgjøres ennå; et år uten referat viser «ingen data».

    @maal-hovedmaal-1
    Scenario: Kommunenes vedtak dekker behovet det ene året, men ikke det neste
      Gitt det nasjonale bosettingsbehovet for 2026 er 100 personer, av dem 10 enslige mindreårige
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 100       | 90     | 90     |
      Og året 2026 legges til perioden
      Og det nasjonale bosettingsbehovet for 2027 er 100 personer, av dem 10 enslige mindreårige
      Og disse kommunene i 2027:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 100       | 70     | 70     |
      Og året 2027 legges til perioden
      Når avtaleperioden evalueres
      Så er indikatoren for om antallet kan håndteres innenfor gjeldende ordning «ikke under antakelsen» i 2026
      Og er indikatoren for om antallet kan håndteres innenfor gjeldende ordning «under antakelsen (se merknad)» i 2027
      Og viser evalueringen «ingen data» for en parts erklæring om at vilkårene ikke er til stede, og for oppsigelse

    @maal-hovedmaal-1
    Scenario: En part erklærer at vilkårene ikke er til stede, og en annen sier opp avtalen
      Gitt kommunene Askvoll
      Og referatet for 2026 er fra konsultasjonsmøtet 11. mars 2027
      Og KS erklærte 20. november 2026 i referatet for 2026 at vilkårene for å oppfylle avtalen ikke er til stede: «De økonomiske rammene for bosetting er ikke til stede»
      Og året 2026 legges til perioden
      Og referatet for 2027 er fra konsultasjonsmøtet 9. mars 2028
      Og KDD sa opp avtalen 1. desember 2027 i referatet for 2027: «Oppsigelse i brev av 1. desember 2027»
      Og året 2027 legges til perioden
      Når avtaleperioden evalueres
      Så viser evalueringen at KS erklærte 20. november 2026 at vilkårene for å oppfylle avtalen ikke er til stede, og at en videreføring av avtalen da skal drøftes
      Og viser evalueringen at KDD sa opp avtalen 1. desember 2027

    @maal-hovedmaal-1
    Scenario: Et år med referat uten erklæringer skilles fra et år uten referat
      Gitt kommunene Askvoll
      Og referatet for 2026 er fra konsultasjonsmøtet 11. mars 2027
      Og året 2026 legges til perioden
      Og året 2027 legges til perioden
      Når avtaleperioden evalueres
      Så viser evalueringen «ingen registrert i referatet for 2026» for oppsigelse i 2026
      Og viser evalueringen «ingen data: det er ikke lest inn noe referat for 2027» for oppsigelse i 2027
      Og viser evalueringen «ingen data: det er ikke lest inn noe referat for 2027» for en parts erklæring om at vilkårene ikke er til stede i 2027
