# language: no
Egenskap: Lang ventetid på bosetting og tiltak
  Partene skal iverksette tiltak når antallet eller andelen som venter lenge i asylmottak og
  omsorgssentre på bosetting over tid er økende (punkt 1.2). Kort sagt: AID vil gjennom IMDi «ha tett dialog med KS,
  departementer og berørte etater for å få bosatt personer med lang ventetid» (punkt 4.6), og BFD
  vil gjennom Bufdir «ha tett dialog med IMDi og andre relevante aktører for å få bosatt enslige
  mindreårige flyktninger som har ventet lenge i omsorgssentre» (punkt 6.5).

  1.2 er en plikt til å handle. 4.6 og 6.5 er plikter til dialog, ikke til å bosette en bestemt
  andel: de vurderes etter dokumentert dialog, og andelen lenge ventende som ble bosatt, vises som
  tall ved siden av.

  Avtalen sier ikke hva «lenge» eller «over tid er økende» betyr. Regelfilen bruker disse
  referanseverdiene, som er regeleierens antakelser: en voksen uten barn venter lenge etter
  6 måneder fra tillatelsen, en enslig mindreårig eller en barnefamilie etter 3 måneder; ventetiden
  er økende når tallet har steget med mer enn 5 prosent fra måneden før i minst 3 av de siste
  4 månedene; et tiltak regnes som rettidig fra starten av de fire månedene til 60 dager etter at
  økningen ble sett. Personene i eksemplene er fiktive.

  Regel: Når lang ventetid øker, skal det iverksettes tiltak (1.2)

    Bakgrunn:
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | tillatelse | bosettingsklar | venter i   | bosatt |
        | voksen uten barn | 15.01.2026 | 22.01.2026     | asylmottak |        |
        | voksen uten barn | 15.02.2026 | 22.02.2026     | asylmottak |        |
        | voksen uten barn | 15.03.2026 | 22.03.2026     | asylmottak |        |

    @forpliktelse-1.2
    Scenariomal: Antallet som har ventet lenge, begynte å øke i juli og ble sett økende i september
      Gitt tiltaksregisteret for 2026 er levert
      Og IMDi registrerte tiltaket «Ekstra anmodning til kommuner med ledig kapasitet» for forpliktelse 1.2 <dato>
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «<resultat>» for Norge
      Og viser vurderingen at økningen ble sett første gang i september 2026

      Eksempler:
        | dato              | resultat       |
        | 1. juni 2026      | oppfylt        |
        | 29. november 2026 | oppfylt        |
        | 15. desember 2026 | delvis oppfylt |

    @forpliktelse-1.2
    Scenario: Ventetiden øker, men ingen tiltak er registrert, og referansetiden er ute
      Gitt tiltaksregisteret for 2026 er levert
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «ikke oppfylt» for Norge

    @forpliktelse-1.2
    Scenario: Ventetiden øker, og tiltaksregisteret er ikke levert
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «utilstrekkelig grunnlag» for Norge

  Regel: En referansetid for tiltak som ikke er ute på vurderingsdagen, er ikke oversittet (1.2)

    Vurderingsdagen er 31. desember. Blir økningen sett i november, løper referansetiden for tiltak inn i
    januar. Da er funnet «ikke avgjort ennå», og neste års tiltaksregister avgjør det.

    Bakgrunn:
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | tillatelse | bosettingsklar | venter i   | bosatt |
        | voksen uten barn | 15.03.2026 | 22.03.2026     | asylmottak |        |
        | voksen uten barn | 15.04.2026 | 22.04.2026     | asylmottak |        |
        | voksen uten barn | 15.05.2026 | 22.05.2026     | asylmottak |        |
      Og tiltaksregisteret for 2026 er levert

    @forpliktelse-1.2
    Scenario: En økning sett i november har referansetid til januar, og ingen tiltak er registrert ennå
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «ikke avgjort ennå» for Norge
      Og sier begrunnelsen for forpliktelse 1.2 at «Neste års gjennomgang avgjør det med neste års tiltaksregister»

    @forpliktelse-1.2
    Scenariomal: Neste års tiltaksregister avgjør økningen fra november
      Gitt tiltaksregisteret for 2027 er levert
      Og IMDi registrerte tiltaket «Ekstra anmodning til 20 kommuner» for forpliktelse 1.2 <dato>
      Når forpliktelsene vurderes for 2027
      Så er tiltaket etter økningen i 2026 «<resultat>» i gjennomgangen for 2027

      Eksempler:
        | dato             | resultat       |
        | 10. januar 2027  | oppfylt        |
        | 15. februar 2027 | delvis oppfylt |

    @forpliktelse-1.2
    Scenario: Neste års tiltaksregister har ingen tiltak for økningen fra november
      Gitt tiltaksregisteret for 2027 er levert
      Når forpliktelsene vurderes for 2027
      Så er tiltaket etter økningen i 2026 «ikke oppfylt» i gjennomgangen for 2027

    @forpliktelse-1.2
    Scenario: Gjennomgangen for 2027 uten tiltaksregister for 2027
      Når forpliktelsene vurderes for 2027
      Så er tiltaket etter økningen i 2026 «utilstrekkelig grunnlag» i gjennomgangen for 2027

  Regel: Et år uten referansetid fra året før har ingen sak å avgjøre (1.2)

    @forpliktelse-1.2
    Scenario: Første avtaleår har ingen referansetid fra året før
      Gitt tiltaksregisteret for 2026 er levert
      Når forpliktelsene vurderes for 2026
      Så er tiltaket etter økningen i 2025 «ikke relevant» i gjennomgangen for 2026

    @forpliktelse-1.2
    Scenario: En økning året før som ble sett tidlig nok, ga ingen referansetid i året
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | tillatelse | bosettingsklar | venter i   | bosatt |
        | voksen uten barn | 15.01.2026 | 22.01.2026     | asylmottak |        |
        | voksen uten barn | 15.02.2026 | 22.02.2026     | asylmottak |        |
        | voksen uten barn | 15.03.2026 | 22.03.2026     | asylmottak |        |
      Og tiltaksregisteret for 2027 er levert
      Når forpliktelsene vurderes for 2027
      Så er tiltaket etter økningen i 2026 «ikke relevant» i gjennomgangen for 2027

    @forpliktelse-1.2
    Scenario: Uten persondata for året før kan en referansetid derfra ikke vises
      Gitt ingen personopplysninger er levert for 2027
      Og tiltaksregisteret for 2027 er levert
      Når forpliktelsene vurderes for 2027
      Så er tiltaket etter økningen i 2026 «utilstrekkelig grunnlag» i gjennomgangen for 2027

  Regel: Noen få flere personer er ikke en økning over tid (1.2)

    @forpliktelse-1.2
    Scenario: Tre flere blant førti som har ventet lenge, er under vesentlighetsgrensen
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | antall | tillatelse | bosettingsklar | venter i   | bosatt |
        | voksen uten barn | 40     | 01.01.2025 | 01.02.2025     | asylmottak |        |
        | voksen uten barn | 1      | 15.01.2026 | 22.01.2026     | asylmottak |        |
        | voksen uten barn | 1      | 15.02.2026 | 22.02.2026     | asylmottak |        |
        | voksen uten barn | 1      | 15.03.2026 | 22.03.2026     | asylmottak |        |
      Og tiltaksregisteret for 2026 er levert
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «ikke relevant» for Norge
      Og sier begrunnelsen for forpliktelse 1.2 at «økte ikke vesentlig (mer enn 5 %)»

  Regel: Uten økning er det ikke noe å sette inn tiltak mot, og uten opplysninger kan ingenting vurderes (1.2)

    @forpliktelse-1.2
    Scenario: Ingen opplysninger om bosettingsklare er levert
      Gitt ingen personopplysninger er levert for 2026
      Og tiltaksregisteret for 2026 er levert
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.2 «utilstrekkelig grunnlag» for Norge

  Regel: Dialogen for å få bosatt dem som har ventet lenge, vurderes etter dokumentert dialog (4.6 og 6.5)

    Bakgrunn:
      Gitt aktivitetsregisteret for 2026 er levert

    @forpliktelse-4.6
    Scenariomal: IMDi har dokumentert dialog, og andelen lenge ventende som ble bosatt, vises ved siden av
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | antall   | tillatelse | venter i   | bosatt     |
        | voksen uten barn | <bosatt> | 15.01.2026 | asylmottak | 01.09.2026 |
        | voksen uten barn | <venter> | 15.01.2026 | asylmottak |            |
      Og IMDi har dokumentert arbeid med forpliktelse 4.6 3. juni 2026: «Møte med KS, UDI og Bufetat om personer med lang ventetid»
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.6 «innsats dokumentert» for IMDi
      Og viser tallene ved siden av forpliktelse 4.6 «<andel>»

      Eksempler:
        | bosatt | venter | andel                     |
        | 2      | 2      | innenfor referanseverdien |
        | 1      | 3      | utenfor referanseverdien  |

    @forpliktelse-4.6
    Scenario: Uten dokumentert dialog er grunnlaget for 4.6 utilstrekkelig, selv om alle ble bosatt
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | antall | tillatelse | venter i   | bosatt     |
        | voksen uten barn | 4      | 15.01.2026 | asylmottak | 01.09.2026 |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.6 «utilstrekkelig grunnlag» for IMDi
      Og viser tallene ved siden av forpliktelse 4.6 «innenfor referanseverdien»

    @forpliktelse-6.5
    Scenariomal: Bufdir har dokumentert dialog om enslige mindreårige som har ventet lenge i omsorgssentre
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall   | tillatelse | venter i      | bosatt     | bosatt av |
        | enslig mindreårig | <bosatt> | 15.01.2026 | omsorgssenter | 01.06.2026 | Bufetat   |
        | enslig mindreårig | <venter> | 15.01.2026 | omsorgssenter |            |           |
      Og Bufdir har dokumentert arbeid med forpliktelse 6.5 3. juni 2026: «Samarbeidsmøte med IMDi om enslige mindreårige som har ventet lenge»
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.5 «<6.5>» for Bufdir
      Og viser tallene ved siden av forpliktelse 6.5 «<andel>»

      Eksempler:
        | bosatt | venter | 6.5                 | andel                     |
        | 3      | 1      | innsats dokumentert | innenfor referanseverdien |
        | 1      | 2      | innsats dokumentert | utenfor referanseverdien  |

    @forpliktelse-6.5
    Scenario: Uten dokumentert dialog er grunnlaget for 6.5 utilstrekkelig
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall | tillatelse | venter i      | bosatt |
        | enslig mindreårig | 2      | 15.01.2026 | omsorgssenter |        |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.5 «utilstrekkelig grunnlag» for Bufdir

  Regel: Et år der ingen ventet lenge, er ikke et år uten grunnlag (4.6 og 6.5)

    @forpliktelse-4.6 @forpliktelse-6.5
    Scenario: Alle ble bosatt før de hadde ventet lenge
      Gitt aktivitetsregisteret for 2026 er levert
      Og disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall | tillatelse | venter i      | bosatt     | bosatt av |
        | voksen uten barn  | 3      | 15.01.2026 | asylmottak    | 01.03.2026 |           |
        | enslig mindreårig | 2      | 15.01.2026 | omsorgssenter | 01.03.2026 | Bufetat   |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.6 «ikke relevant» for IMDi
      Og er forpliktelse 6.5 «ikke relevant» for Bufdir
      Og viser tallene ved siden av forpliktelse 4.6 «ikke relevant»
      Og viser tallene ved siden av forpliktelse 6.5 «ikke relevant»

    @forpliktelse-4.6 @forpliktelse-6.5
    Scenario: Uten opplysninger om de bosettingsklare kan det ikke vises om noen ventet lenge
      Gitt aktivitetsregisteret for 2026 er levert
      Og ingen personopplysninger er levert for 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.6 «utilstrekkelig grunnlag» for IMDi
      Og er forpliktelse 6.5 «utilstrekkelig grunnlag» for Bufdir
      Og viser tallene ved siden av forpliktelse 4.6 «utilstrekkelig grunnlag»
      Og viser tallene ved siden av forpliktelse 6.5 «utilstrekkelig grunnlag»
