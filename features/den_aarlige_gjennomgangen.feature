# language: no
Egenskap: Den årlige gjennomgangen av avtalen
  Avtalens måloppnåelse og eventuelle avvik skal gjennomgås hvert år innenfor
  konsultasjonsordningen mellom KS og regjeringen, og resultatet skal referatføres. Verktøyet lager
  grunnlaget for gjennomgangen: en vurdering av hver forpliktelse og hvert mål, en analyse av
  avvikene og hvilke regelfiler og versjoner vurderingene bygger på. Konklusjonen er partenes egen.
  Et avtalt unntak vises som «unntak avtalt», med hvem som avtalte det og hvorfor; det dekker
  hendelsene innenfor perioden sin.

  Regel: Hver forpliktelse og hvert mål får en vurdering hvert år

    @maal-hovedmaal-1 @maal-hovedmaal-2 @maal-hovedmaal-3
    Scenario: Selv uten data får hver forpliktelse og hvert mål en vurdering, og ingen er «oppfylt»
      Gitt kommunene Askvoll
      Når avtalen vurderes for 2026
      Så har hver forpliktelse 1.1–8.2 og hvert hovedmål og resultatmål en vurdering
      Og er ingen vurdering «oppfylt»
      Og er ingen vurdering «innsats dokumentert»
      Og er vurderingene gjort etter regelfilen «samarbeidsavtale-2026-2029» versjon «1.0», med regelfilens kontrollsum

  Regel: Grunnlaget for gjennomgangen nevner forpliktelsene som ikke er oppfylt

    @forpliktelse-5.4 @forpliktelse-4.1
    Scenario: To forpliktelser er ikke oppfylt
      Gitt kommunene Askvoll
      Og registeret over statistikkleveranser for 2026 er levert
      Og IMDi sendte statistikk til KS for hver måned i 2026 unntatt juni, juli og august
      Og IMDi sendte statistikk til fylkeskommunen i Vestland for hver måned i 2026
      Og UDI sendte statistikk til KS for hver måned i 2026
      Og disse endringene i kapasiteten i 2026:
        | mottak         | type       | vertskommune | endring | plasser | varslet    | iverksatt  |
        | Askvoll mottak | asylmottak | Askvoll      | nedlagt | 90      | 20.05.2026 | 01.06.2026 |
      Når den årlige gjennomgangen for 2026 settes sammen
      Så nevner sammendraget forpliktelsene 4.1 og 5.4 som ikke oppfylt

  Regel: Avviket fra bosettingsbehovet brytes ned på ledd i kjeden

    Avtalen ber om «en analyse av årsaker til eventuelle avvik». Verktøyet viser hvor i kjeden fra
    behov til bosetting avviket oppsto (anmodning, vedtak, bosetting, bosettingsklare); hvorfor det
    oppsto, er partenes vurdering.

    @maal-resultatmaal-bosetting @forpliktelse-1.7
    Scenario: Avviket brytes ned på ledd i kjeden, rangert etter størrelse
      Gitt det nasjonale bosettingsbehovet for 2026 er 100 personer, av dem 10 enslige mindreårige
      Og prognosen var 20 bosettingsklare
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 60        | 45     | 45     |
        | Molde   | 30        | 30     | 25     |
      Og disse bosettingsklare flyktningene i 2026:
        | gruppe           | antall | tillatelse | venter i   | bosatt     | kommune |
        | voksen uten barn | 18     | 15.01.2026 | asylmottak | 01.05.2026 | Bodø    |
      Når den årlige gjennomgangen for 2026 settes sammen
      Så er avviket fra bosettingsbehovet 30 personer: behovet var 100, bosatt ble 70
      Og er leddene i avviket, fra det største:
        | ledd                                                         | personer |
        | Kommuner vedtok å bosette færre enn de ble anmodet om        | 15       |
        | Anmodningene til kommunene var til sammen lavere enn behovet | 10       |
        | Kommuner bosatte færre enn de hadde vedtatt                  | 5        |
        | Færre bosettingsklare enn prognosen                          | 2        |

    @maal-resultatmaal-bosetting @forpliktelse-1.7
    Scenario: Kommuner som ikke har fattet vedtak, og kommuner som vedtok og bosatte flere enn de ble anmodet om
      Gitt det nasjonale bosettingsbehovet for 2026 er 100 personer, av dem 10 enslige mindreårige
      Og prognosen var 0 bosettingsklare
      Og disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 60        | ingen  | 0      |
        | Molde   | 40        | 50     | 55     |
      Når den årlige gjennomgangen for 2026 settes sammen
      Så er avviket fra bosettingsbehovet 45 personer: behovet var 100, bosatt ble 55
      Og er leddene i avviket, fra det største:
        | ledd                                                                                                   | personer |
        | Kommuner som ble anmodet, har ikke fattet vedtak                                                       | 60       |
        | Kommuner bosatte flere enn de hadde vedtatt, eller bosatte uten registrert vedtak (trekker avviket ned) | -5       |
        | Kommuner vedtok flere enn anmodet (trekker avviket ned)                                                | -10      |

  Regel: Partene vurderes etter sitt bidrag til Beregningsutvalget, ikke etter når utvalget publiserer (1.8)

    Beregningsutvalget er ikke en part i avtalen; partene skal «bidra inn i» arbeidet. En rapport som
    kommer i januar i stedet for desember, gjør ikke at partene har brutt 1.8.

    @forpliktelse-1.8
    Scenario: Ingen rapport ble publisert i året, men partenes bidrag er dokumentert
      Gitt aktivitetsregisteret for 2026 er levert
      Og AID har dokumentert arbeid med forpliktelse 1.8 15. september 2026: «Statens medlemmer leverte kostnadsdata til Beregningsutvalget»
      Og registeret over Beregningsutvalgets rapporter for 2026 er levert
      Og Beregningsutvalget publiserte rapporten «Kommunenes utgifter til bosetting og integrering i 2024» 20. juni 2025, med dekningsgrad 97,3 %
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 1.8 «innsats dokumentert» for Norge
      Og viser tallene ved siden av forpliktelse 1.8 «ingen rapport publisert i året»
      Og viser tallene ved siden av forpliktelse 3.2 «ingen rapport publisert i året»

    @forpliktelse-1.8 @forpliktelse-3.2
    Scenario: Uten registeret over rapportene kan rapporten og dekningsgraden ikke vises
      Når forpliktelsene vurderes for 2026
      Så viser tallene ved siden av forpliktelse 1.8 «utilstrekkelig grunnlag»
      Og viser tallene ved siden av forpliktelse 3.2 «utilstrekkelig grunnlag»

  Regel: Dekningsgraden er sammenheng for AIDs arbeid med de økonomiske rammene (3.2)

    Statens forpliktelser faller «innenfor de til enhver tid gjeldende økonomiske rammer som vedtas av
    Stortinget». AID skal «arbeide for» rimelig dekning: arbeidet vurderes etter dokumentasjon, og
    dekningsgraden vises ved siden av, mot en referanseverdi på 90 prosent (antakelse).

    @forpliktelse-3.2 @forpliktelse-1.8
    Scenariomal: Beregningsutvalgets dekningsgrad ved siden av AIDs dokumenterte arbeid
      Gitt aktivitetsregisteret for 2026 er levert
      Og AID har dokumentert arbeid med forpliktelse 3.2 2. oktober 2026: «Forslag til økt integreringstilskudd i statsbudsjettet»
      Og registeret over Beregningsutvalgets rapporter for 2026 er levert
      Og Beregningsutvalget publiserte rapporten «Kommunenes utgifter til bosetting og integrering i 2025» 20. juni 2026, med dekningsgrad <dekningsgrad>
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 3.2 «innsats dokumentert» for AID
      Og viser tallene ved siden av forpliktelse 3.2 «<sammenheng>»
      Og viser tallene ved siden av forpliktelse 1.8 «rapport publisert i året»

      Eksempler:
        | dekningsgrad | sammenheng                |
        | 90 %         | innenfor referanseverdien |
        | 85,5 %       | utenfor referanseverdien  |
        | ingen        | utilstrekkelig grunnlag   |

  Regel: Et avtalt unntak dekker hendelsene innenfor perioden sin, og bare de andre hendelsene avgjør statusen

    Et unntak sammenlignes med datoen for hendelsen det gjelder (her: dagen mottaket ble lagt ned),
    ikke med vurderingsdagen 31. desember. Flere unntak for samme forpliktelse gjelder sammen. Dekker
    unntakene bare noen av hendelsene, er statusen den de andre hendelsene gir. Et unntak er avtalt av
    KS og departementet det gjelder, og står i et referat.

    Bakgrunn:
      Gitt disse endringene i kapasiteten i 2026:
        | mottak       | type       | vertskommune | endring | plasser | varslet    | iverksatt  |
        | Molde mottak | asylmottak | Molde        | nedlagt | 200     | 25.05.2026 | 01.06.2026 |

    @forpliktelse-5.4
    Scenario: Et unntak for første halvår dekker en nedleggelse 1. juni og en rask endring med hastegrunn i mars
      Gitt disse endringene i kapasiteten i 2026:
        | mottak         | type       | vertskommune | endring  | plasser | varslet    | iverksatt  | hastegrunn              |
        | Ålesund mottak | asylmottak | Ålesund      | etablert | 300     | 26.02.2026 | 03.03.2026 | brå økning i ankomstene |
      Og partene har avtalt unntak fra forpliktelse 5.4 for UDI fra 1. januar 2026 til 30. juni 2026, fordi «masseankomst krevde raske endringer»
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.4 «unntak avtalt» for UDI
      Og sier begrunnelsen for forpliktelse 5.4 at «Unntak avtalt av JD og KS: masseankomst krevde raske endringer»
      Og sier begrunnelsen for forpliktelse 5.4 at «Unntaket dekker alle hendelsene som var avvik»
      Og sier begrunnelsen for forpliktelse 5.4 at «Status uten unntak: ikke oppfylt»

    @forpliktelse-5.4
    Scenario: Et unntak som sluttet før hendelsen, brukes ikke
      Gitt partene har avtalt unntak fra forpliktelse 5.4 for UDI fra 1. januar 2026 til 31. mai 2026, fordi «masseankomst krevde raske endringer»
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.4 «ikke oppfylt» for UDI
      Og sier begrunnelsen for forpliktelse 5.4 at «dekker ingen av hendelsene som var avvik; det er ikke brukt»

    @forpliktelse-5.4
    Scenario: To unntak som sammen dekker begge hendelsene, gir «unntak avtalt»
      Gitt disse endringene i kapasiteten i 2026:
        | mottak         | type       | vertskommune | endring | plasser | varslet    | iverksatt  |
        | Ålesund mottak | asylmottak | Ålesund      | nedlagt | 150     | 20.09.2026 | 01.10.2026 |
      Og partene har avtalt unntak fra forpliktelse 5.4 for UDI fra 1. mai 2026 til 30. juni 2026, fordi «masseankomst krevde raske endringer»
      Og partene har avtalt unntak fra forpliktelse 5.4 for UDI fra 1. september 2026 til 31. oktober 2026, fordi «brann i mottaksbygget»
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.4 «unntak avtalt» for UDI
      Og sier begrunnelsen for forpliktelse 5.4 at «Unntakene dekker alle hendelsene som var avvik»

    @forpliktelse-5.4
    Scenario: Et unntak som dekker én av to hendelser, lar den andre avgjøre statusen
      Gitt disse endringene i kapasiteten i 2026:
        | mottak         | type       | vertskommune | endring | plasser | varslet    | iverksatt  |
        | Ålesund mottak | asylmottak | Ålesund      | nedlagt | 150     | 20.09.2026 | 01.10.2026 |
      Og partene har avtalt unntak fra forpliktelse 5.4 for UDI fra 1. september 2026 til 31. oktober 2026, fordi «brann i mottaksbygget»
      Når forpliktelsene vurderes for 2026
      Så er forpliktelse 5.4 «ikke oppfylt» for UDI
      Og sier begrunnelsen for forpliktelse 5.4 at «1 senere og 0 aldri»
      Og sier begrunnelsen for forpliktelse 5.4 at «Unntaket dekker E002 (1. oktober 2026); statusen bygger på de andre hendelsene»
