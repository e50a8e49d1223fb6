# language: no
Egenskap: Forpliktelser som bare dokumentasjon kan vise
  Mange av avtalens forpliktelser handler om samarbeid, dialog, erfaringsutveksling og arbeid for
  forståelse. Ingen tall i kommunenes eller etatenes data viser om de er oppfylt. De vurderes
  derfor etter aktivitetsregisteret, der partene fører opp det de har gjort, med dato og dokument.

  Prinsippet er: dokumentert arbeid i året gir «innsats dokumentert». Det viser innsats, ikke at
  forpliktelsen er oppfylt; den vurderingen gjør partene selv. Uten dokumentasjon er grunnlaget
  «utilstrekkelig» – aldri «oppfylt» av seg selv, og heller ikke «ikke oppfylt», fordi fravær av
  dokumentasjon ikke viser at arbeidet ikke er gjort.

  Regel: Uten dokumentasjon er grunnlaget utilstrekkelig, aldri et brudd

    @forpliktelse-8.1
    Scenario: Aktivitetsregisteret er ikke levert
      Når forpliktelsene vurderes for 2026
      Så er det dokumenterte arbeidet med hver forpliktelse «utilstrekkelig grunnlag»

    @forpliktelse-8.2
    Scenario: Aktivitetsregisteret er levert, men tomt
      Gitt aktivitetsregisteret for 2026 er levert
      Når forpliktelsene vurderes for 2026
      Så er det dokumenterte arbeidet med hver forpliktelse «utilstrekkelig grunnlag»

    @forpliktelse-3.3 @illustrasjon
    Scenario: Dokumentert arbeid teller bare for forpliktelsen det er ført opp for
      Gitt aktivitetsregisteret for 2026 er levert
      Og AID har dokumentert arbeid med forpliktelse 3.3 10. juni 2026: «Dialogmøte med KS om integreringstilskuddet»
      Når forpliktelsene vurderes for 2026
      Så er det dokumenterte arbeidet med forpliktelse 3.3 «innsats dokumentert»
      Og er det dokumenterte arbeidet med forpliktelsene 3.1, 3.4 og 8.2 «utilstrekkelig grunnlag»

  Regel: Dokumentert arbeid i året viser innsats, ikke at forpliktelsen er oppfylt

    Bakgrunn:
      Gitt aktivitetsregisteret for 2026 er levert

    Scenariomal: Dokumentert arbeid gir «innsats dokumentert», manglende dokumentasjon gir «utilstrekkelig grunnlag»
      Gitt <etat> har dokumentert arbeid med forpliktelse <nr> 5. mai 2026: «<aktivitet>»
      Når forpliktelsene vurderes for 2026
      Så er det dokumenterte arbeidet med forpliktelse <nr> «innsats dokumentert»
      Og er det dokumenterte arbeidet med forpliktelse <annen> «utilstrekkelig grunnlag»

      @forpliktelse-1.9
      Eksempler: Erfaringsutveksling og læring mellom kommuner (1.9)
        | etat | nr  | aktivitet                                  | annen |
        | KS   | 1.9 | Erfaringsnettverk for bosettingskommuner   | 7.2   |

      @forpliktelse-1.3
      Eksempler: Partene utarbeider forslag til anmodningskriterier (1.3)
        | etat | nr  | aktivitet                                                    | annen |
        | KS   | 1.3 | Forslag til anmodningskriterier for 2027 sendt Nasjonalt utvalg | 3.4   |

      @forpliktelse-2.2
      Eksempler: KS arbeider for forståelse av at bosettingsbehovet varierer (2.2)
        | etat | nr  | aktivitet                                              | annen |
        | KS   | 2.2 | Kommunemøter om lovpålagte forpliktelser ved bosetting | 2.1   |

      @forpliktelse-3.1
      Eksempler: AID videreutvikler bosettingsordningen for forutsigbarhet (3.1)
        | etat | nr  | aktivitet                                        | annen |
        | AID  | 3.1 | Utredning om flerårige anmodninger til kommunene | 3.3   |

      @forpliktelse-3.3
      Eksempler: AID har dialog med KS om tilskuddsordningene (3.3)
        | etat | nr  | aktivitet                                     | annen |
        | AID  | 3.3 | Dialogmøte med KS om integreringstilskuddet   | 3.1   |

      @forpliktelse-3.4
      Eksempler: AID fastsetter anmodningskriteriene etter anbefaling fra Nasjonalt utvalg (3.4)
        | etat | nr  | aktivitet                                                       | annen |
        | AID  | 3.4 | Brev om fastsatte anmodningskriterier etter Nasjonalt utvalgs anbefaling | 1.3 |

      @forpliktelse-4.3
      Eksempler: IMDi har dialog med KS og fylkeskommunene ved anmodning av kommuner (4.3)
        | etat | nr  | aktivitet                                                 | annen |
        | IMDi | 4.3 | Dialogmøte med KS og fylkeskommunene før anmodningene for 2027 | 4.7 |

      @forpliktelse-4.2
      Eksempler: IMDi leder samarbeidet mellom statlige etater (4.2)
        | etat | nr  | aktivitet                                      | annen |
        | IMDi | 4.2 | Samordningsmøte mellom IMDi, UDI og Bufetat    | 4.7   |

      @forpliktelse-7.2
      Eksempler: Husbanken legger til rette for erfaringsutveksling om botilbud (7.2)
        | etat      | nr  | aktivitet                                        | annen |
        | Husbanken | 7.2 | Erfaringsseminar om boliger til flyktninger      | 1.9   |

      @forpliktelse-8.1
      Eksempler: Departementene sørger for at etatene samarbeider med KS (8.1)
        | etat | nr  | aktivitet                                               | annen |
        | AID  | 8.1 | Tildelingsbrev som pålegger samarbeid med KS            | 8.2   |

      @forpliktelse-8.2
      Eksempler: KS legger til rette for samarbeid mellom kommunesektoren og staten (8.2)
        | etat | nr  | aktivitet                                              | annen |
        | KS   | 8.2 | Felles arbeidsgruppe med staten om bosettingsprosessen | 8.1   |
