# language: no
Egenskap: Asylmottak og omsorgssentre
  Resultatmålet for mottak og omsorgssentre er at kommunene er godt forberedt når mottak og
  omsorgssentre etableres eller legges ned, og at opp- og nedbygging skjer med god informasjon til
  vertskommunene, og at den «tilpasses ankomstsituasjonen hvor raske endringer ofte er nødvendig».
  UDI og Bufdir skal tilpasse kapasiteten til det nasjonale behovet (punkt 5.1 og 6.1). UDI skal
  sikre tidlig varsling og dialog ved store endringer i mottakskapasiteten (punkt 5.4), og Bufdir
  skal arbeide for god informasjon til og dialog med vertskommunene for omsorgssentre (punkt 6.2).
  Partene skal legge til rette for gode prosesser mellom UDI/Bufetat og vertskommunene ved opp- og
  nedbygging (punkt 1.1).

  5.4 er en forpliktelse til et resultat («sikre»); 1.1 og 6.2 er innsatsforpliktelser («legge til
  rette for», «arbeide for»), som vurderes etter dokumentert arbeid. For dem vises varslingen som
  tall ved siden av, aldri som vurdering.

  Avtalen oppgir ingen tall. Regelfilen bruker disse referanseverdiene, som er regeleierens
  antakelser: en endring på minst 50 plasser er stor; vertskommunen er varslet minst 30 dager før
  endringen iverksettes; belegget i asylmottak ligger mellom 85 prosent (UDIs operative styringstall,
  omtalt i pressen, ikke et nasjonalt mål) og 100 prosent, i omsorgssentre mellom 60 og 100 prosent.
  Eksemplene bruker fiktive tall for virkelige kommuner.

  Regel: Belegget måned for måned viser om kapasiteten ble tilpasset behovet (5.1 og 6.1)

    Avtalen sier «tilpasse kapasiteten» uten tall. En eller to måneder utenfor båndet kan være en
    tilpasning som pågår, og gir «delvis oppfylt»; flere måneder utenfor gir «ikke oppfylt». Hvor
    mange måneder som er «få», er også en referanseverdi (regeleierens antakelse). «Oppfylt» bygger på
    tall for alle årets måneder: er bare noen oppgitt, og de er innenfor, er grunnlaget utilstrekkelig.

    @forpliktelse-5.1
    Scenariomal: Belegget i asylmottakene måned for måned
      Gitt belegget i 2026 var:
        | måned     | type       | plasser | beboere   |
        | januar    | asylmottak | 1 000   | <januar>  |
        | februar   | asylmottak | 1 000   | <februar> |
        | mars      | asylmottak | 1 000   | <mars>    |
        | april     | asylmottak | 1 000   | 920       |
        | mai       | asylmottak | 1 000   | 920       |
        | juni      | asylmottak | 1 000   | 920       |
        | juli      | asylmottak | 1 000   | 920       |
        | august    | asylmottak | 1 000   | 920       |
        | september | asylmottak | 1 000   | 920       |
        | oktober   | asylmottak | 1 000   | 920       |
        | november  | asylmottak | 1 000   | 920       |
        | desember  | asylmottak | 1 000   | 920       |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.1 «<resultat>» for UDI

      Eksempler:
        | januar | februar | mars | resultat       |
        | 850    | 1 000   | 920  | oppfylt        |
        | 849    | 950     | 920  | delvis oppfylt |
        | 900    | 1 010   | 920  | delvis oppfylt |
        | 849    | 1 010   | 800  | ikke oppfylt   |

    @forpliktelse-6.1
    Scenariomal: Belegget i omsorgssentrene måned for måned
      Gitt belegget i 2026 var:
        | måned     | type          | plasser | beboere   |
        | januar    | omsorgssenter | 100     | <januar>  |
        | februar   | omsorgssenter | 100     | <februar> |
        | mars      | omsorgssenter | 100     | <mars>    |
        | april     | omsorgssenter | 100     | 70        |
        | mai       | omsorgssenter | 100     | 70        |
        | juni      | omsorgssenter | 100     | 70        |
        | juli      | omsorgssenter | 100     | 70        |
        | august    | omsorgssenter | 100     | 70        |
        | september | omsorgssenter | 100     | 70        |
        | oktober   | omsorgssenter | 100     | 70        |
        | november  | omsorgssenter | 100     | 70        |
        | desember  | omsorgssenter | 100     | 70        |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.1 «<resultat>» for Bufdir

      Eksempler:
        | januar | februar | mars | resultat       |
        | 60     | 70      | 70   | oppfylt        |
        | 55     | 70      | 70   | delvis oppfylt |
        | 55     | 130     | 50   | ikke oppfylt   |

    @forpliktelse-5.1
    Scenario: Belegget er oppgitt for bare noen måneder
      Gitt belegget i 2026 var:
        | måned   | type       | plasser | beboere |
        | januar  | asylmottak | 1 000   | 920     |
        | februar | asylmottak | 1 000   | 930     |
        | mars    | asylmottak | 1 000   | 910     |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.1 «utilstrekkelig grunnlag» for UDI
      Og sier begrunnelsen for forpliktelse 5.1 at «oppgitt for bare 3 av årets 12 måneder»

    @forpliktelse-6.1
    Scenario: Belegget i omsorgssentrene er oppgitt for bare noen måneder
      Gitt belegget i 2026 var:
        | måned  | type          | plasser | beboere |
        | januar | omsorgssenter | 100     | 70      |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.1 «utilstrekkelig grunnlag» for Bufdir

    @forpliktelse-5.1 @forpliktelse-6.1
    Scenario: Uten opplysninger om belegget kan kapasiteten ikke vurderes
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.1 «utilstrekkelig grunnlag» for UDI
      Og er forpliktelse 6.1 «utilstrekkelig grunnlag» for Bufdir

  Regel: UDI skal sikre tidlig varsling av vertskommunen ved store endringer (5.4)

    @forpliktelse-5.4
    Scenariomal: UDI legger ned et asylmottak
      Gitt disse endringene i kapasiteten i 2026:
        | mottak                 | type       | vertskommune | endring | plasser   | varslet   | iverksatt  |
        | Lillehammer asylmottak | asylmottak | Lillehammer  | nedlagt | <plasser> | <varslet> | 01.06.2026 |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.4 «<5.4>» for UDI
      Og viser tallene ved siden av forpliktelse 1.1 «<1.1>»

      Eksempler:
        | plasser | varslet    | 5.4           | 1.1                       |
        | 120     | 02.05.2026 | oppfylt       | innenfor referanseverdien |
        | 120     | 03.05.2026 | ikke oppfylt  | utenfor referanseverdien  |
        | 120     | aldri      | ikke oppfylt  | utenfor referanseverdien  |
        | 49      | 25.05.2026 | ikke relevant | ikke relevant             |

  Regel: En rask endring med registrert hastegrunn er ikke et brudd av seg selv (5.4)

    Resultatmålet sier at opp- og nedbygging «tilpasses ankomstsituasjonen hvor raske endringer ofte
    er nødvendig». Er en sen varsling registrert med hastegrunn, er 5.4 «delvis oppfylt», og
    partene må vurdere om varselet kom så tidlig som mulig. Uten hastegrunn er den «ikke oppfylt».

    @forpliktelse-5.4
    Scenario: Et mottak opprettes på fem dagers varsel fordi ankomstene øker brått
      Gitt disse endringene i kapasiteten i 2026:
        | mottak               | type       | vertskommune | endring  | plasser | varslet    | iverksatt  | hastegrunn              |
        | Steinkjer asylmottak | asylmottak | Steinkjer    | etablert | 300     | 26.02.2026 | 03.03.2026 | brå økning i ankomstene |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.4 «delvis oppfylt» for UDI
      Og sier begrunnelsen for forpliktelse 5.4 at «partene må vurdere om varslingen var så tidlig som mulig»

  Regel: Varslingen er sammenheng for innsatsforpliktelsene 1.1 og 6.2

    @forpliktelse-6.2
    Scenariomal: Bufetat oppretter et omsorgssenter
      Gitt disse endringene i kapasiteten i 2026:
        | mottak              | type          | vertskommune | endring  | plasser   | varslet   | iverksatt  |
        | Hamar omsorgssenter | omsorgssenter | Hamar        | etablert | <plasser> | <varslet> | 01.09.2026 |
      Når forpliktelsene vurderes for 2026
      Så viser tallene ved siden av forpliktelse 6.2 «<varsling>»

      Eksempler:
        | plasser | varslet    | varsling                  |
        | 60      | 15.06.2026 | innenfor referanseverdien |
        | 60      | 20.08.2026 | utenfor referanseverdien  |
        | 40      | 20.08.2026 | ikke relevant             |

    @forpliktelse-6.2 @forpliktelse-1.1
    Scenario: Et omsorgssenter varslet for sent gjør ikke 6.2 «ikke oppfylt»
      Gitt aktivitetsregisteret for 2026 er levert
      Og Bufdir har dokumentert arbeid med forpliktelse 6.2 20. april 2026: «Dialogmøte med Hamar kommune om omsorgssenteret»
      Og disse endringene i kapasiteten i 2026:
        | mottak              | type          | vertskommune | endring  | plasser | varslet    | iverksatt  |
        | Hamar omsorgssenter | omsorgssenter | Hamar        | etablert | 60      | 20.08.2026 | 01.09.2026 |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.2 «innsats dokumentert» for Bufdir
      Og leses forpliktelse 6.2 som en innsatsforpliktelse, etter ordene «arbeide for»

    @forpliktelse-5.4 @forpliktelse-1.1 @forpliktelse-6.2
    Scenario: Uten registeret over kapasitetsendringer kan varslingen ikke vurderes
      Gitt ingen endringer i kapasiteten er registrert for 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.4 «utilstrekkelig grunnlag» for UDI
      Og viser tallene ved siden av forpliktelse 6.2 «utilstrekkelig grunnlag»
      Og viser tallene ved siden av forpliktelse 1.1 «utilstrekkelig grunnlag»

  Regel: Forståelse, dialog og kostnadsdekning vises med dokumentasjon, som viser innsats, ikke oppfyllelse

    Bakgrunn:
      Gitt aktivitetsregisteret for 2026 er levert

    Scenariomal: Dokumentert arbeid gir «innsats dokumentert», manglende dokumentasjon gir «utilstrekkelig grunnlag»
      Gitt <etat> har dokumentert arbeid med forpliktelse <nr> 20. april 2026: «<aktivitet>»
      Når forpliktelsene vurderes for 2026
      Så er det dokumenterte arbeidet med forpliktelse <nr> «innsats dokumentert»
      Og er det dokumenterte arbeidet med forpliktelse <annen> «utilstrekkelig grunnlag»

      @forpliktelse-1.1
      Eksempler: Gode prosesser ved opp- og nedbygging (1.1)
        | etat | nr  | aktivitet                                             | annen |
        | UDI  | 1.1 | Samråd med vertskommunen før nedbygging i Lillehammer | 5.2   |

      @forpliktelse-2.1
      Eksempler: KS arbeider for forståelse av at plasser følger ankomstene (2.1)
        | etat | nr  | aktivitet                                             | annen |
        | KS   | 2.1 | Webinar for kommunene om mottak og ankomstsvingninger | 5.6   |

      @forpliktelse-5.2
      Eksempler: Informasjon og dialog med vertskommuner for asylmottak (5.2)
        | etat | nr  | aktivitet                                      | annen |
        | UDI  | 5.2 | Informasjonsmøte med potensielle vertskommuner | 6.2   |

      @forpliktelse-5.6
      Eksempler: Kommunenes kostnadsdekning for beboere i asylmottak (5.6)
        | etat | nr  | aktivitet                            | annen |
        | UDI  | 5.6 | Evaluering av vertskommunetilskuddet | 2.1   |

      @forpliktelse-6.2
      Eksempler: Informasjon og dialog med vertskommuner for omsorgssentre (6.2)
        | etat   | nr  | aktivitet                                       | annen |
        | Bufdir | 6.2 | Dialogmøte med Hamar kommune om omsorgssenteret | 1.1   |
