# language: no
Egenskap: Enslige mindreårige, barnefamilier og flyktninger med særskilte behov
  Avtalens resultatmål for bosetting omfatter enslige mindreårige og personer med behov for
  særskilte helse- og omsorgstjenester. Partene skal identifisere utfordringer og finne løsninger
  som sikrer bosetting av dem (punkt 1.4). IMDi skal legge til rette for at hensynet til barn blir
  ivaretatt ved bosetting av barnefamilier og enslige mindreårige (punkt 4.5), og Bufdir skal
  arbeide for at enslige mindreårige som Bufetat bosetter, bosettes i tråd med behovet (punkt 6.4).
  UDI og Bufdir skal sørge for god kartlegging av bosettingsklare i mottak og omsorgssentre
  (punkt 5.5 og 6.3), og IMDi av overføringsflyktninger (punkt 4.7).

  Avtalen har ingen tidsfrister. Regelfilen bygger på historiske mål, ikke på 2026-regler: enslige
  mindreårige og barnefamilier skal være bosatt innen 3 måneder fra tillatelsen, og minst 90
  prosent av de enslige mindreårige og 75 prosent av barnefamiliene skal bosettes innen fristen.

  Regel: Barn og barnefamilier skal bosettes raskt (4.5)

    @forpliktelse-4.5
    Scenariomal: Andelen enslige mindreårige og barnefamilier som er bosatt innen 3 måneder
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall     | tillatelse | venter i      | bosatt     |
        | enslig mindreårig | <EM innen> | 15.01.2026 | omsorgssenter | 01.03.2026 |
        | enslig mindreårig | <EM etter> | 15.01.2026 | omsorgssenter | 01.06.2026 |
        | barnefamilie      | <fam innen> | 15.01.2026 | asylmottak   | 01.03.2026 |
        | barnefamilie      | <fam etter> | 15.01.2026 | asylmottak   | 01.06.2026 |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.5 «<resultat>» for IMDi

      Eksempler: Av de bosatte: hvor mange innen og etter fristen
        | EM innen | EM etter | fam innen | fam etter | resultat                |
        | 9        | 1        | 3         | 1         | oppfylt                 |
        | 9        | 1        | 2         | 2         | delvis oppfylt          |
        | 8        | 2        | 3         | 1         | delvis oppfylt          |
        | 8        | 2        | 2         | 2         | ikke oppfylt            |
        | 0        | 0        | 3         | 1         | utilstrekkelig grunnlag |

  Regel: Enslige mindreårige som Bufetat bosetter, bosettes i tråd med behovet (6.4)

    @forpliktelse-6.4
    Scenariomal: Andelen enslige mindreårige Bufetat bosetter innen fristen
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall  | tillatelse | venter i      | bosatt     | bosatt av |
        | enslig mindreårig | <innen> | 01.02.2026 | omsorgssenter | 15.04.2026 | Bufetat   |
        | enslig mindreårig | <etter> | 01.02.2026 | omsorgssenter | 15.08.2026 | Bufetat   |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.4 «<resultat>» for Bufdir

      Eksempler:
        | innen | etter | resultat     |
        | 9     | 1     | oppfylt      |
        | 4     | 1     | ikke oppfylt |

    @forpliktelse-6.4
    Scenario: Uten opplysninger om bosettingen kan 6.4 ikke vurderes
      Gitt ingen personopplysninger er levert for 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.4 «utilstrekkelig grunnlag» for Bufdir

  Regel: Utfordringer, løsninger og kartlegging kan bare vises med dokumentasjon

    Bakgrunn:
      Gitt aktivitetsregisteret for 2026 er levert

    Scenariomal: Dokumentert arbeid gir «oppfylt», manglende dokumentasjon gir «utilstrekkelig grunnlag»
      Gitt <etat> har dokumentert arbeid med forpliktelse <nr> 12. mars 2026: «<aktivitet>»
      Når forpliktelsene vurderes for 2026
      Så er det dokumenterte arbeidet med forpliktelse <nr> «oppfylt»
      Og er det dokumenterte arbeidet med forpliktelse <annen> «utilstrekkelig grunnlag»

      @forpliktelse-1.4
      Eksempler: Utfordringer og løsninger for enslige mindreårige og særskilte behov (1.4)
        | etat | nr  | aktivitet                                                        | annen |
        | IMDi | 1.4 | Arbeidsgruppe om bosetting av flyktninger med store omsorgsbehov | 4.5   |

      @forpliktelse-4.5
      Eksempler: Hensynet til barn (4.5)
        | etat | nr  | aktivitet                                        | annen |
        | IMDi | 4.5 | Veileder om barnets beste ved bosetting av familier | 1.4 |

      @forpliktelse-4.7
      Eksempler: Kartlegging av overføringsflyktninger (4.7)
        | etat | nr  | aktivitet                                             | annen |
        | IMDi | 4.7 | Kartleggingsrapporter for årets overføringsflyktninger | 5.5   |

      @forpliktelse-5.5
      Eksempler: Kartlegging av bosettingsklare i mottak (5.5)
        | etat | nr  | aktivitet                                            | annen |
        | UDI  | 5.5 | Kartlegging av helse og kompetanse før bosetting     | 6.3   |

      @forpliktelse-6.3
      Eksempler: Kartlegging av enslige mindreårige i omsorgssentre (6.3)
        | etat   | nr  | aktivitet                                          | annen |
        | Bufdir | 6.3 | Kartleggingsskjema for bosettingsklare enslige mindreårige | 5.5 |
