# language: no
Egenskap: Asylmottak og omsorgssentre
  Resultatmålet for mottak og omsorgssentre er at kommunene er godt forberedt når mottak og
  omsorgssentre etableres eller legges ned, og at opp- og nedbygging skjer med god informasjon til
  vertskommunene. UDI og Bufdir skal tilpasse kapasiteten til det nasjonale behovet (punkt 5.1 og
  6.1) og sikre tidlig varsling og dialog ved store endringer (punkt 5.4, 6.2). Partene skal legge
  til rette for gode prosesser mellom UDI/Bufetat og vertskommunene ved opp- og nedbygging
  (punkt 1.1).

  Avtalen oppgir ingen tall. Regelfilen bruker disse antakelsene: en endring på minst 50 plasser
  er stor; vertskommunen skal være varslet minst 30 dager før endringen iverksettes; belegget i
  asylmottak skal ligge mellom 85 prosent (UDIs styringsmål) og 100 prosent, i omsorgssentre
  mellom 60 og 100 prosent.

  Regel: Kapasiteten skal følge behovet (5.1 og 6.1)

    @forpliktelse-5.1
    Scenariomal: Belegget i asylmottakene måned for måned
      Gitt belegget i 2026 var:
        | måned   | type       | plasser | beboere   |
        | januar  | asylmottak | 1 000   | <januar>  |
        | februar | asylmottak | 1 000   | <februar> |
        | mars    | asylmottak | 1 000   | 920       |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.1 «<resultat>» for UDI

      Eksempler:
        | januar | februar | resultat     |
        | 850    | 1 000   | oppfylt      |
        | 849    | 950     | ikke oppfylt |
        | 900    | 1 010   | ikke oppfylt |

    @forpliktelse-6.1
    Scenariomal: Belegget i omsorgssentrene måned for måned
      Gitt belegget i 2026 var:
        | måned   | type          | plasser | beboere   |
        | januar  | omsorgssenter | 100     | <januar>  |
        | februar | omsorgssenter | 100     | 70        |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.1 «<resultat>» for Bufdir

      Eksempler:
        | januar | resultat     |
        | 60     | oppfylt      |
        | 55     | ikke oppfylt |

    @forpliktelse-5.1 @forpliktelse-6.1
    Scenario: Uten opplysninger om belegget kan kapasiteten ikke vurderes
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.1 «utilstrekkelig grunnlag» for UDI
      Og er forpliktelse 6.1 «utilstrekkelig grunnlag» for Bufdir

  Regel: Vertskommunen skal varsles tidlig om store endringer (5.4, 6.2 og 1.1)

    @forpliktelse-5.4 @forpliktelse-1.1
    Scenariomal: UDI legger ned et asylmottak
      Gitt disse endringene i kapasiteten i 2026:
        | mottak                 | type       | vertskommune | endring | plasser   | varslet   | iverksatt  |
        | Lillehammer asylmottak | asylmottak | Lillehammer  | nedlagt | <plasser> | <varslet> | 01.06.2026 |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.4 «<5.4>» for UDI
      Og er forpliktelse 1.1 «<1.1>» for Norge

      Eksempler:
        | plasser | varslet    | 5.4           | 1.1            |
        | 120     | 02.05.2026 | oppfylt       | oppfylt        |
        | 120     | 03.05.2026 | ikke oppfylt  | delvis oppfylt |
        | 120     | aldri      | ikke oppfylt  | delvis oppfylt |
        | 49      | 25.05.2026 | ikke relevant | ikke relevant  |

    @forpliktelse-6.2
    Scenariomal: Bufetat oppretter et omsorgssenter
      Gitt disse endringene i kapasiteten i 2026:
        | mottak                 | type          | vertskommune | endring  | plasser   | varslet   | iverksatt  |
        | Hamar omsorgssenter    | omsorgssenter | Hamar        | etablert | <plasser> | <varslet> | 01.09.2026 |
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 6.2 «<resultat>» for Bufdir

      Eksempler:
        | plasser | varslet    | resultat      |
        | 60      | 15.06.2026 | oppfylt       |
        | 60      | 20.08.2026 | ikke oppfylt  |
        | 40      | 20.08.2026 | ikke relevant |

    @forpliktelse-5.4 @forpliktelse-1.1 @forpliktelse-6.2
    Scenario: Uten registeret over kapasitetsendringer kan varslingen ikke vurderes
      Gitt ingen endringer i kapasiteten er registrert for 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.4 «utilstrekkelig grunnlag» for UDI
      Og er forpliktelse 6.2 «utilstrekkelig grunnlag» for Bufdir
      Og er forpliktelse 1.1 «utilstrekkelig grunnlag» for Norge

  Regel: Forståelse, dialog og kostnadsdekning vises med dokumentasjon

    Bakgrunn:
      Gitt aktivitetsregisteret for 2026 er levert

    Scenariomal: Dokumentert arbeid gir «oppfylt», manglende dokumentasjon gir «utilstrekkelig grunnlag»
      Gitt <etat> har dokumentert arbeid med forpliktelse <nr> 20. april 2026: «<aktivitet>»
      Når forpliktelsene vurderes for 2026
      Så er det dokumenterte arbeidet med forpliktelse <nr> «oppfylt»
      Og er det dokumenterte arbeidet med forpliktelse <annen> «utilstrekkelig grunnlag»

      @forpliktelse-1.1
      Eksempler: Gode prosesser ved opp- og nedbygging (1.1)
        | etat | nr  | aktivitet                                         | annen |
        | UDI  | 1.1 | Samråd med vertskommunen før nedbygging i Lillehammer | 5.2 |

      @forpliktelse-2.1
      Eksempler: KS arbeider for forståelse av at plasser følger ankomstene (2.1)
        | etat | nr  | aktivitet                                         | annen |
        | KS   | 2.1 | Webinar for kommunene om mottak og ankomstsvingninger | 5.6 |

      @forpliktelse-5.2
      Eksempler: Informasjon og dialog med vertskommuner for asylmottak (5.2)
        | etat | nr  | aktivitet                                       | annen |
        | UDI  | 5.2 | Informasjonsmøte med potensielle vertskommuner | 6.2   |

      @forpliktelse-5.6
      Eksempler: Kommunenes kostnadsdekning for beboere i asylmottak (5.6)
        | etat | nr  | aktivitet                                                   | annen |
        | UDI  | 5.6 | Evaluering av vertskommunetilskuddet                        | 2.1   |

      @forpliktelse-6.2
      Eksempler: Informasjon og dialog med vertskommuner for omsorgssentre (6.2)
        | etat   | nr  | aktivitet                                        | annen |
        | Bufdir | 6.2 | Dialogmøte med Hamar kommune om omsorgssenteret | 1.1   |
