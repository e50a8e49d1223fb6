# language: no
Egenskap: Enslige mindreårige, barnefamilier og flyktninger med særskilte behov
  Avtalens resultatmål for bosetting omfatter enslige mindreårige og personer med behov for
  særskilte helse- og omsorgstjenester. Partene skal identifisere utfordringer og finne løsninger
  som sikrer bosetting av dem (punkt 1.4). IMDi skal legge til rette for at hensynet til barn blir
  ivaretatt ved bosetting av barnefamilier og enslige mindreårige (punkt 4.5), og Bufdir skal
  arbeide for at enslige mindreårige som Bufetat bosetter, bosettes i tråd med behovet (punkt 6.4).
  UDI og Bufdir skal sørge for god kartlegging av bosettingsklare i mottak og omsorgssentre
  (punkt 5.5 og 6.3), og IMDi av overføringsflyktninger (punkt 4.7).

  4.5 og 6.4 er innsatsforpliktelser («legge til rette for», «arbeide for»): de vurderes etter
  dokumentert arbeid, og hvor raskt barna ble bosatt, vises som tall ved siden av. Å ivareta
  hensynet til barn er mer enn fart. Ble ingen barn bosatt, var det ikke noe tilfelle å vurdere.

  Avtalen har ingen tidsfrister. Referanseverdiene er historiske mål og regeleierens antakelser,
  ikke krav i avtalen: enslige mindreårige og barnefamilier bosatt innen 3 måneder fra
  tillatelsen, minst 90 prosent av de enslige mindreårige og 75 prosent av barnefamiliene; for
  kartleggingen en median på høyst 30 dager fra tillatelse til bosettingsklar. Personene i
  eksemplene er fiktive.

  Regel: Hensynet til barn vurderes etter dokumentert arbeid, og farten vises ved siden av (4.5)

    Bakgrunn:
      Gitt aktivitetsregisteret for 2026 er levert
      Og IMDi har dokumentert arbeid med forpliktelse 4.5 12. mars 2026: «Veileder om barnets beste ved bosetting av familier»

    @forpliktelse-4.5
    Scenariomal: Andelen enslige mindreårige og barnefamilier som er bosatt innen 3 måneder
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall      | tillatelse | venter i      | bosatt     |
        | enslig mindreårig | <EM innen>  | 15.01.2026 | omsorgssenter | 01.03.2026 |
        | enslig mindreårig | <EM etter>  | 15.01.2026 | omsorgssenter | 01.06.2026 |
        | barnefamilie      | <fam innen> | 15.01.2026 | asylmottak    | 01.03.2026 |
        | barnefamilie      | <fam etter> | 15.01.2026 | asylmottak    | 01.06.2026 |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.5 «innsats dokumentert» for IMDi
      Og viser tallene ved siden av forpliktelse 4.5 «<farten>»

      Eksempler: Av de bosatte: hvor mange innen og etter 3 måneder
        | EM innen | EM etter | fam innen | fam etter | farten                    |
        | 9        | 1        | 3         | 1         | innenfor referanseverdien |
        | 9        | 1        | 2         | 2         | utenfor referanseverdien  |
        | 8        | 2        | 3         | 1         | utenfor referanseverdien  |
        | 0        | 0        | 3         | 1         | innenfor referanseverdien |

    @forpliktelse-4.5
    Scenario: Var ingen barn bosettingsklare, var det ikke noe tilfelle å legge til rette for
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | antall | tillatelse | venter i   | bosatt     |
        | voksen uten barn | 3      | 15.01.2026 | asylmottak | 01.03.2026 |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.5 «ikke relevant» for IMDi
      Og viser tallene ved siden av forpliktelse 4.5 «ikke relevant»

    @forpliktelse-4.5 @illustrasjon
    Scenario: Barn ventet, men ingen ble bosatt: det er et utfall, ikke fravær av tilfeller
      Gitt aktivitetsregisteret for 2026 er levert
      Og disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall | tillatelse | venter i   |
        | enslig mindreårig | 4      | 15.01.2026 | asylmottak |
      Og IMDi har dokumentert arbeid med forpliktelse 4.5 10. mars 2026: «Veileder om barns beste ved bosetting»
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.5 «innsats dokumentert» for IMDi
      Og sier begrunnelsen for forpliktelse 4.5 at «4 enslige mindreårige og personer i barnefamilier var bosettingsklare i året, og 0 ble bosatt»

    @forpliktelse-4.5 @forpliktelse-6.4
    Scenario: Uten opplysninger om bosettingen kan det ikke vises om noen barn ble bosatt
      Gitt ingen personopplysninger er levert for 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.5 «utilstrekkelig grunnlag» for IMDi
      Og er forpliktelse 6.4 «utilstrekkelig grunnlag» for Bufdir
      Og viser tallene ved siden av forpliktelse 4.5 «utilstrekkelig grunnlag»
      Og viser tallene ved siden av forpliktelse 6.4 «utilstrekkelig grunnlag»

  Regel: Bufetats bosetting av enslige mindreårige vurderes etter dokumentert arbeid (6.4)

    Bakgrunn:
      Gitt aktivitetsregisteret for 2026 er levert

    @forpliktelse-6.4
    Scenariomal: Andelen enslige mindreårige Bufetat bosetter innen 3 måneder, ved siden av det dokumenterte arbeidet
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall  | tillatelse | venter i      | bosatt     | bosatt av |
        | enslig mindreårig | <innen> | 01.02.2026 | omsorgssenter | 15.04.2026 | Bufetat   |
        | enslig mindreårig | <etter> | 01.02.2026 | omsorgssenter | 15.08.2026 | Bufetat   |
      Og Bufdir har dokumentert arbeid med forpliktelse 6.4 10. mars 2026: «Samarbeidsavtale med IMDi om bosetting fra omsorgssentre»
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.4 «innsats dokumentert» for Bufdir
      Og viser tallene ved siden av forpliktelse 6.4 «<farten>»

      Eksempler:
        | innen | etter | farten                    |
        | 9     | 1     | innenfor referanseverdien |
        | 4     | 1     | utenfor referanseverdien  |

    @forpliktelse-6.4 @forpliktelse-4.5
    Scenario: Bufetat bosatte barn, men ingenting er dokumentert
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall | tillatelse | venter i      | bosatt     | bosatt av |
        | enslig mindreårig | 2      | 01.02.2026 | omsorgssenter | 15.04.2026 | Bufetat   |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.4 «utilstrekkelig grunnlag» for Bufdir
      Og er forpliktelse 4.5 «utilstrekkelig grunnlag» for IMDi

    @forpliktelse-6.4
    Scenario: Ingen enslige mindreårige var bosettingsklare i omsorgssentre, så det var ikke noe tilfelle for 6.4
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall | tillatelse | venter i   | bosatt     |
        | enslig mindreårig | 2      | 01.02.2026 | asylmottak | 15.04.2026 |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.4 «ikke relevant» for Bufdir

    @forpliktelse-6.4
    Scenario: Bufetat bosatte ingen av de enslige mindreårige som ventet i omsorgssenter
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | antall | tillatelse | venter i      | bosatt     | bosatt av |
        | enslig mindreårig | 2      | 01.02.2026 | omsorgssenter | 15.04.2026 | IMDi      |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.4 «utilstrekkelig grunnlag» for Bufdir
      Og sier begrunnelsen for forpliktelse 6.4 at «2 enslige mindreårige i omsorgssentre var bosettingsklare i året, og Bufetat bosatte 0»
      Og viser tallene ved siden av forpliktelse 6.4 «ikke relevant»

  Regel: God kartlegging vurderes etter dokumentert arbeid; tiden til bosettingsklar vises ved siden av (5.5 og 6.3)

    Fotnote ¹ regner en flyktning som bosettingsklar når hun «er kartlagt før bosetting». Tiden fra
    tillatelsen til hun ble bosettingsklar viser når kartleggingen var ferdig, ikke om den var god.
    Derfor vurderes 5.5 og 6.3 som 4.7, etter dokumentert arbeid, og tiden vises ved siden av, mot
    en referanseverdi på 30 dager (en antakelse).

    @forpliktelse-5.5
    Scenariomal: Median tid fra tillatelse til bosettingsklar i asylmottak, ved siden av det dokumenterte arbeidet
      Gitt aktivitetsregisteret for 2026 er levert
      Og disse bosettingsklare flyktningene i 2026:
        | gruppe           | antall | tillatelse | bosettingsklar | venter i   |
        | voksen uten barn | 2      | 01.03.2026 | <klar>         | asylmottak |
        | voksen uten barn | 1      | 01.03.2026 | 21.03.2026     | asylmottak |
      Og UDI har dokumentert arbeid med forpliktelse 5.5 10. mars 2026: «Rutine for kartlegging av helsebehov i mottak»
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.5 «innsats dokumentert» for UDI
      Og viser tallene ved siden av forpliktelse 5.5 «<tiden>»
      Og sier begrunnelsen for forpliktelse 5.5 at «median <dager> dager fra tillatelse til bosettingsklar»

      Eksempler:
        | klar       | dager | tiden                     |
        | 31.03.2026 | 30    | innenfor referanseverdien |
        | 01.04.2026 | 31    | utenfor referanseverdien  |

    @forpliktelse-6.3
    Scenariomal: Median tid fra tillatelse til bosettingsklar i omsorgssentre, uten dokumentert arbeid
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe            | tillatelse | bosettingsklar | venter i      |
        | enslig mindreårig | 01.04.2026 | <klar>         | omsorgssenter |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.3 «utilstrekkelig grunnlag» for Bufdir
      Og viser tallene ved siden av forpliktelse 6.3 «<tiden>»

      Eksempler:
        | klar       | tiden                     |
        | 01.05.2026 | innenfor referanseverdien |
        | 02.05.2026 | utenfor referanseverdien  |

    @forpliktelse-5.5 @forpliktelse-6.3
    Scenario: Ingen ble bosettingsklare i året
      Gitt disse bosettingsklare flyktningene i 2026:
        | gruppe           | tillatelse | bosettingsklar | venter i |
        | voksen uten barn | 01.11.2025 | 01.12.2025     | utlandet |
      Når forpliktelsene vurderes for 2026
      Så viser tallene ved siden av forpliktelse 5.5 «ikke relevant»
      Og viser tallene ved siden av forpliktelse 6.3 «ikke relevant»

    @forpliktelse-5.5 @forpliktelse-6.3
    Scenario: Uten persondata kan tiden til bosettingsklar ikke vises
      Gitt ingen personopplysninger er levert for 2026
      Når forpliktelsene vurderes for 2026
      Så viser tallene ved siden av forpliktelse 5.5 «utilstrekkelig grunnlag»
      Og viser tallene ved siden av forpliktelse 6.3 «utilstrekkelig grunnlag»

  Regel: Utfordringer, løsninger og kartlegging av overføringsflyktninger kan bare vises med dokumentasjon

    Bakgrunn:
      Gitt aktivitetsregisteret for 2026 er levert

    Scenariomal: Dokumentert arbeid gir «innsats dokumentert», manglende dokumentasjon gir «utilstrekkelig grunnlag»
      Gitt <etat> har dokumentert arbeid med forpliktelse <nr> 12. mars 2026: «<aktivitet>»
      Når forpliktelsene vurderes for 2026
      Så er det dokumenterte arbeidet med forpliktelse <nr> «innsats dokumentert»
      Og er det dokumenterte arbeidet med forpliktelse <annen> «utilstrekkelig grunnlag»

      @forpliktelse-1.4
      Eksempler: Utfordringer og løsninger for enslige mindreårige og særskilte behov (1.4)
        | etat | nr  | aktivitet                                                        | annen |
        | IMDi | 1.4 | Arbeidsgruppe om bosetting av flyktninger med store omsorgsbehov | 4.7   |

      @forpliktelse-4.7
      Eksempler: Kartlegging av overføringsflyktninger (4.7)
        | etat | nr  | aktivitet                                              | annen |
        | IMDi | 4.7 | Kartleggingsrapporter for årets overføringsflyktninger | 1.4   |

      @forpliktelse-6.3
      Eksempler: Kartlegging av enslige mindreårige i omsorgssentre (6.3)
        | etat   | nr  | aktivitet                                              | annen |
        | Bufdir | 6.3 | Rutine for kartlegging av helsebehov i omsorgssentrene | 4.7   |
