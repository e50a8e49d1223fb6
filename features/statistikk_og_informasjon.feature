# language: no
Egenskap: Statistikk og informasjon
  IMDi skal løpende oversende nødvendig statistikk til KS og fylkeskommunene for å legge til rette
  for felles situasjonsforståelse og samarbeid om anmodning og bosetting (punkt 4.1). UDI skal
  løpende oversende nødvendig statistikk og dokumentasjon til KS om mottak (punkt 5.3). Partene
  skal sikre gode rutiner for informasjonsutveksling om bosetting (punkt 1.5), og partene og
  Husbanken skal styrke informasjonen om boligvirkemidlene (punkt 1.6 og 7.1).

  «Løpende» er i regelfilen lest som hver måned: hver mottaker skal ha fått en leveranse som
  dekker hver måned i året. Det er regeleierens antakelse. En enkelt manglende måned gjør ikke
  punktet «ikke oppfylt»: så lenge hver mottaker har fått minst 90 prosent av månedene (også det en
  referanseverdi, antakelse), er punktet «delvis oppfylt», og funnet nevner månedene som mangler.
  Det er mottakeren som fikk færrest, som avgjør: to manglende måneder til én mottaker er et mønster.

  Bakgrunn:
    Gitt kommunene Askvoll og Alta

  Regel: IMDi sender statistikk til KS og til hver fylkeskommune hver måned (4.1)

    @forpliktelse-4.1
    Scenario: IMDi har sendt statistikk til alle mottakere hver måned
      Gitt registeret over statistikkleveranser for 2026 er levert
      Og IMDi sendte statistikk til KS for hver måned i 2026
      Og IMDi sendte statistikk til fylkeskommunen i Vestland for hver måned i 2026
      Og IMDi sendte statistikk til fylkeskommunen i Finnmark for hver måned i 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.1 «oppfylt» for IMDi

    @forpliktelse-4.1
    Scenariomal: En fylkeskommune mangler statistikk for noen måneder
      Gitt registeret over statistikkleveranser for 2026 er levert
      Og IMDi sendte statistikk til KS for hver måned i 2026
      Og IMDi sendte statistikk til fylkeskommunen i Vestland for hver måned i 2026
      Og IMDi sendte statistikk til fylkeskommunen i Finnmark for hver måned i 2026 unntatt <måneder>
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.1 «<resultat>» for IMDi

      Eksempler:
        | måneder                        | resultat       |
        | juli                           | delvis oppfylt |
        | januar og februar              | ikke oppfylt   |
        | januar, februar, mars og april | ikke oppfylt   |

    @forpliktelse-4.1
    Scenario: Uten register over leveransene kan 4.1 ikke vurderes
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 4.1 «utilstrekkelig grunnlag» for IMDi

  Regel: UDI sender statistikk om mottak til KS hver måned (5.3)

    @forpliktelse-5.3
    Scenario: UDI har sendt statistikk til KS hver måned
      Gitt registeret over statistikkleveranser for 2026 er levert
      Og UDI sendte statistikk til KS for hver måned i 2026
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.3 «oppfylt» for UDI

    @forpliktelse-5.3
    Scenariomal: UDI har ikke sendt statistikk til KS for noen måneder
      Gitt registeret over statistikkleveranser for 2026 er levert
      Og UDI sendte statistikk til <mottaker> for hver måned i 2026 unntatt <måneder>
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.3 «<resultat>» for UDI

      Eksempler:
        | mottaker | måneder       | resultat       |
        | KS       | mars og april | ikke oppfylt   |
        | KS       | november      | delvis oppfylt |

      Eksempler: Leveranser til andre enn KS teller ikke for UDI
        | mottaker                  | måneder  | resultat     |
        | fylkeskommunen i Vestland | desember | ikke oppfylt |

    @forpliktelse-5.3
    Scenario: Uten register over leveransene kan 5.3 ikke vurderes
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.3 «utilstrekkelig grunnlag» for UDI

  Regel: Informasjonsutveksling og informasjon om boligvirkemidler vises med dokumentasjon

    Bakgrunn:
      Gitt aktivitetsregisteret for 2026 er levert

    Scenariomal: Dokumentert arbeid gir «innsats dokumentert», manglende dokumentasjon gir «utilstrekkelig grunnlag»
      Gitt <etat> har dokumentert arbeid med forpliktelse <nr> 2. februar 2026: «<aktivitet>»
      Når forpliktelsene vurderes for 2026
      Så er det dokumenterte arbeidet med forpliktelse <nr> «innsats dokumentert»
      Og er det dokumenterte arbeidet med forpliktelse <annen> «utilstrekkelig grunnlag»

      @forpliktelse-1.5
      Eksempler: Rutiner for informasjonsutveksling om bosetting (1.5)
        | etat | nr  | aktivitet                                                    | annen |
        | IMDi | 1.5 | Felles rutine for informasjon til kommuner og fylkeskommuner | 1.6   |

      @forpliktelse-1.6
      Eksempler: Boligvirkemidler og kommunenes plan- og boligsosiale arbeid (1.6)
        | etat | nr  | aktivitet                                             | annen |
        | KS   | 1.6 | Temahefte om bosetting i boligsosiale handlingsplaner | 7.1   |

      @forpliktelse-7.1
      Eksempler: Husbanken synliggjør de boligsosiale virkemidlene (7.1)
        | etat      | nr  | aktivitet                                        | annen |
        | Husbanken | 7.1 | Veiledning om startlån og tilskudd ved bosetting | 1.5   |
