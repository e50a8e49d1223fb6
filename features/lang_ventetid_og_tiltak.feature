# language: no
Egenskap: Lang ventetid på bosetting og tiltak
  Partene skal iverksette tiltak når antallet eller andelen som venter lenge i asylmottak og
  omsorgssentre på bosetting over tid er økende (punkt 1.2). IMDi skal ha tett dialog med KS,
  departementer og berørte etater for å få bosatt personer med lang ventetid (punkt 4.6), og
  Bufdir med IMDi og andre for å få bosatt enslige mindreårige som har ventet lenge i
  omsorgssentre (punkt 6.5).

  Avtalen sier ikke hva «lenge» eller «over tid er økende» betyr. Regelfilen bruker disse
  antakelsene, som eksemplene bygger på: en voksen uten barn venter lenge etter 6 måneder fra
  tillatelsen, en enslig mindreårig eller en barnefamilie etter 3 måneder; ventetiden er økende
  når tallet har steget i minst 3 av de siste 4 månedene; et tiltak må være registrert innen 60
  dager etter at økningen ble sett.

  Regel: Når lang ventetid øker, skal det iverksettes tiltak (1.2)

    Bakgrunn:
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | tillatelse | bosettingsklar | venter i   | bosatt |
        | voksen uten barn | 15.01.2026 | 22.01.2026     | asylmottak |        |
        | voksen uten barn | 15.02.2026 | 22.02.2026     | asylmottak |        |
        | voksen uten barn | 15.03.2026 | 22.03.2026     | asylmottak |        |

    @forpliktelse-1.2
    Scenariomal: Tiltak etter at antallet som har ventet lenge, begynte å øke i september
      Gitt tiltaksregisteret for 2026 er levert
      Og IMDi registrerte tiltaket «Ekstra anmodning til kommuner med ledig kapasitet» for forpliktelse 1.2 <dato>
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «<resultat>» for Norge

      Eksempler:
        | dato             | resultat       |
        | 1. oktober 2026  | oppfylt        |
        | 29. november 2026 | oppfylt       |
        | 15. desember 2026 | delvis oppfylt |

    @forpliktelse-1.2
    Scenario: Ventetiden øker, men ingen tiltak er registrert
      Gitt tiltaksregisteret for 2026 er levert
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «ikke oppfylt» for Norge

    @forpliktelse-1.2
    Scenario: Ventetiden øker, og tiltaksregisteret er ikke levert
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «utilstrekkelig grunnlag» for Norge

  Regel: Uten økning kreves ingen tiltak, og uten opplysninger kan ingenting vurderes (1.2)

    @forpliktelse-1.2
    Scenario: Alle blir bosatt før de har ventet lenge
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | tillatelse | bosettingsklar | venter i   | bosatt     |
        | voksen uten barn | 15.01.2026 | 22.01.2026     | asylmottak | 01.04.2026 |
        | barnefamilie     | 15.02.2026 | 22.02.2026     | asylmottak | 01.04.2026 |
      Og tiltaksregisteret for 2026 er levert
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «ikke relevant» for Norge

    @forpliktelse-1.2
    Scenario: Ingen opplysninger om bosettingsklare er levert
      Gitt ingen personopplysninger er levert for 2026
      Og tiltaksregisteret for 2026 er levert
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «utilstrekkelig grunnlag» for Norge

  Regel: De som har ventet lenge, skal bli bosatt (4.6 og 6.5)

    @forpliktelse-4.6
    Scenariomal: IMDi får bosatt minst halvparten av dem som har ventet lenge
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | antall   | tillatelse | venter i   | bosatt     |
        | voksen uten barn | <bosatt> | 15.01.2026 | asylmottak | 01.09.2026 |
        | voksen uten barn | <venter> | 15.01.2026 | asylmottak |            |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.6 «<resultat>» for IMDi

      Eksempler:
        | bosatt | venter | resultat                |
        | 4      | 0      | oppfylt                 |
        | 2      | 2      | oppfylt                 |
        | 1      | 3      | ikke oppfylt            |
        | 0      | 0      | utilstrekkelig grunnlag |

    @forpliktelse-6.5
    Scenariomal: Enslige mindreårige som har ventet lenge i omsorgssentre, blir bosatt
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall   | tillatelse | venter i      | bosatt     | bosatt av |
        | enslig mindreårig | <bosatt> | 15.01.2026 | omsorgssenter | 01.06.2026 | Bufetat   |
        | enslig mindreårig | <venter> | 15.01.2026 | omsorgssenter |            |           |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.5 «<resultat>» for Bufdir

      Eksempler:
        | bosatt | venter | resultat     |
        | 3      | 1      | oppfylt      |
        | 1      | 2      | ikke oppfylt |

    @forpliktelse-6.5
    Scenario: Uten opplysninger om de enslige mindreårige kan 6.5 ikke vurderes
      Gitt ingen personopplysninger er levert for 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.5 «utilstrekkelig grunnlag» for Bufdir
