# language: no
Egenskap: Avtalens hovedmål og resultatmål
  Avtalen sier: «Hovedmålene for avtalen er å: 1) klargjøre rammer slik at kommunene bosetter
  flyktninger så raskt som mulig og i samsvar med bosettingsbehovet. 2) sikre gode samarbeids- og
  informasjonsrutiner mellom staten og kommunene i forbindelse med etablering, nedlegging og drift av
  plasser i asylmottak og omsorgssentre, og ved bosetting av flyktninger. 3) sikre en god og jevnlig
  dialog om tiltak for å nå nasjonale mål for mottak av asylsøkere og overføringsflyktninger, og
  bosetting av flyktninger.» Den har to resultatmål: bosetting, og mottak og omsorgssentre.

  Måloppnåelsen gjennomgås hvert år. Avtalen tallfester ikke målene. Regelfilen for målene bruker
  disse referanseverdiene, som er regeleierens antakelser og ikke krav i avtalen: minst 90 prosent
  av bosettingsbehovet (og av behovet for enslige mindreårige) bosatt, under 75 prosent er «ikke
  oppfylt»; minst 70 prosent av de bosatte bosatt innen referanseverdien for sin gruppe (6 måneder
  for voksne uten barn); alle store endringer i mottakskapasiteten varslet minst 30 dager før.
  Hovedmål 1 og resultatmålet for bosetting gir samme vurdering på de samme tallene; resultatmålet
  regner i tillegg med enslige mindreårige og personer med behov for særskilte tjenester.

  Andelen bosatt av behovet leses av kommunetabellen, og farten av personopplysningene. I
  eksemplene er personopplysningene et lite, fiktivt utvalg.

  Bakgrunn:
    Gitt det nasjonale bosettingsbehovet for 2026 er 100 personer, av dem 10 enslige mindreårige

  Regel: Hovedmål 1 – rask bosetting i samsvar med bosettingsbehovet

    @maal-hovedmaal-1
    Scenariomal: Hvor mange som er bosatt, og hvor raskt
      Gitt disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt   |
        | Bodø    | 100       | 100    | <bosatt> |
      Og disse bosettingsklare flyktningene i 2026:
        | gruppe           | antall  | tillatelse | venter i   | bosatt     |
        | voksen uten barn | <innen> | 15.01.2026 | asylmottak | 01.05.2026 |
        | voksen uten barn | <etter> | 15.01.2026 | asylmottak | 01.09.2026 |
      Når avtalen vurderes for 2026
      Så er hovedmål 1 «<resultat>»

      Eksempler:
        | bosatt | innen | etter | resultat       |
        | 95     | 7     | 3     | oppfylt        |
        | 95     | 6     | 4     | delvis oppfylt |
        | 80     | 6     | 4     | delvis oppfylt |
        | 74     | 7     | 3     | ikke oppfylt   |

    @maal-hovedmaal-1
    Scenario: Uten opplysninger om når flyktningene ble bosatt, kan hovedmål 1 ikke vurderes
      Gitt disse kommunene i 2026:
        | kommune | anmodning | vedtak | bosatt |
        | Bodø    | 100       | 100    | 95     |
      Når avtalen vurderes for 2026
      Så er hovedmål 1 «utilstrekkelig grunnlag»

  Regel: Hovedmål 2 – samarbeids- og informasjonsrutiner mellom staten og kommunene

    Registrene viser to av rutinene: statistikken til KS og fylkeskommunene (4.1, 5.3) og varslingen
    av vertskommuner ved store endringer (5.4, 6.2). Mangler noe på ett av områdene, holdt rutinene
    for det meste, og målet er «delvis oppfylt». Er ett av områdene under sin referanseverdi (90
    prosent av statistikken, 80 prosent av varslene; antakelser), er målet «ikke oppfylt». Målet ser
    alle hendelser: avtalte unntak og registrerte hastegrunner trekkes ikke fra.

    Bakgrunn:
      Gitt kommunene Askvoll
      Og registeret over statistikkleveranser for 2026 er levert
      Og IMDi sendte statistikk til KS for hver måned i 2026
      Og UDI sendte statistikk til KS for hver måned i 2026

    @maal-hovedmaal-2
    Scenariomal: Statistikken kommer fram, og vertskommunene varsles i tide
      Gitt IMDi sendte statistikk til fylkeskommunen i Vestland for hver måned i 2026 unntatt <mangler>
      Og disse endringene i kapasiteten i 2026:
        | mottak         | type       | vertskommune | endring    | plasser | varslet   | iverksatt  |
        | Askvoll mottak | asylmottak | Askvoll      | nedskalert | 80      | <varslet> | 01.06.2026 |
      Når avtalen vurderes for 2026
      Så er hovedmål 2 «<resultat>»

      Eksempler:
        | mangler                             | varslet    | resultat       |
        | juli                                | 01.03.2026 | delvis oppfylt |
        | juli                                | 25.05.2026 | ikke oppfylt   |
        | januar, februar, mars, april og mai | 25.05.2026 | ikke oppfylt   |

    @maal-hovedmaal-2
    Scenario: All statistikk er sendt, og alle varsler kom i tide
      Gitt IMDi sendte statistikk til fylkeskommunen i Vestland for hver måned i 2026
      Og disse endringene i kapasiteten i 2026:
        | mottak         | type       | vertskommune | endring    | plasser | varslet    | iverksatt  |
        | Askvoll mottak | asylmottak | Askvoll      | nedskalert | 80      | 01.03.2026 | 01.06.2026 |
      Når avtalen vurderes for 2026
      Så er hovedmål 2 «oppfylt»

    @maal-hovedmaal-2
    Scenario: Uten registeret over kapasitetsendringer kan hovedmål 2 ikke vurderes
      Gitt IMDi sendte statistikk til fylkeskommunen i Vestland for hver måned i 2026
      Og ingen endringer i kapasiteten er registrert for 2026
      Når avtalen vurderes for 2026
      Så er hovedmål 2 «utilstrekkelig grunnlag»

  Regel: Hovedmål 3 – jevnlig dialog om tiltak, vist med dokumentasjon

    Registrene kan vise om det har vært dialog om tiltak, ikke om den var god. «Jevnlig» leses som
    minst én dokumentert dialog eller ett tiltak i hvert kvartal (antakelse). Ett møte i året er
    dokumentert innsats, men ikke jevnlig dialog.

    @maal-hovedmaal-3
    Scenario: Dialog dokumentert i hvert kvartal gir «innsats dokumentert»
      Gitt aktivitetsregisteret for 2026 er levert
      Og IMDi har dokumentert arbeid med forpliktelse 4.6 3. mars 2026: «Møte med KS og UDI om personer med lang ventetid»
      Og IMDi har dokumentert arbeid med forpliktelse 1.5 12. mai 2026: «Felles rutine for informasjon om bosetting»
      Og AID har dokumentert arbeid med forpliktelse 3.3 20. august 2026: «Dialogmøte med KS om tilskuddene»
      Og KS har dokumentert arbeid med forpliktelse 8.2 4. november 2026: «Arbeidsgruppe med staten om bosettingen»
      Når avtalen vurderes for 2026
      Så er hovedmål 3 «innsats dokumentert»

    @maal-hovedmaal-3
    Scenario: Ett dokumentert møte i året viser ikke jevnlig dialog
      Gitt aktivitetsregisteret for 2026 er levert
      Og tiltaksregisteret for 2026 er levert
      Og IMDi har dokumentert arbeid med forpliktelse 4.6 3. mars 2026: «Møte med KS og UDI om personer med lang ventetid»
      Når avtalen vurderes for 2026
      Så er hovedmål 3 «utilstrekkelig grunnlag»
      Og sier begrunnelsen for hovedmål 3 at «i 1 av 4 kvartaler»

    @maal-hovedmaal-3
    Scenario: Uten tiltaksregister og aktivitetsregister kan dialogen ikke vises
      Når avtalen vurderes for 2026
      Så er hovedmål 3 «utilstrekkelig grunnlag»

  Regel: Resultatmålet for bosetting – bosatt i samsvar med behovet, enslige mindreårige medregnet

    @maal-resultatmaal-bosetting
    Scenariomal: Bosatte og bosatte enslige mindreårige mot behovet, og hvor raskt de ble bosatt
      Gitt disse kommunene i 2026:
        | kommune | anmodning | anmodning em | vedtak | bosatt   | bosatt em |
        | Bodø    | 100       | 10           | 100    | <bosatt> | <em>      |
      Og disse bosettingsklare flyktningene i 2026:
        | gruppe           | antall | tillatelse | venter i   | bosatt     |
        | voksen uten barn | 7      | 15.01.2026 | asylmottak | 01.05.2026 |
        | voksen uten barn | 3      | 15.01.2026 | asylmottak | 01.09.2026 |
      Når avtalen vurderes for 2026
      Så er resultatmålet for bosetting «<resultat>»

      Eksempler:
        | bosatt | em | resultat       |
        | 95     | 9  | oppfylt        |
        | 95     | 8  | delvis oppfylt |
        | 75     | 9  | delvis oppfylt |
        | 74     | 9  | ikke oppfylt   |

    @maal-resultatmaal-bosetting
    Scenario: Uten opplysninger om når flyktningene ble bosatt, kan resultatmålet for bosetting ikke vurderes
      Gitt disse kommunene i 2026:
        | kommune | anmodning | anmodning em | vedtak | bosatt | bosatt em |
        | Bodø    | 100       | 10           | 100    | 95     | 9         |
      Når avtalen vurderes for 2026
      Så er resultatmålet for bosetting «utilstrekkelig grunnlag»

  Regel: Resultatmålet for mottak og omsorgssentre – vertskommunene får god informasjon

    @maal-resultatmaal-mottak
    Scenariomal: Andelen store endringer som vertskommunen ble varslet om i tide
      Gitt disse endringene i kapasiteten i 2026:
        | mottak        | type          | vertskommune | endring    | plasser | varslet     | iverksatt  |
        | Molde mottak  | asylmottak    | Molde        | etablert   | 150     | <varslet 1> | 01.06.2026 |
        | Hamar mottak  | asylmottak    | Hamar        | nedlagt    | 100     | <varslet 2> | 01.06.2026 |
        | Alta mottak   | asylmottak    | Alta         | oppskalert | 60      | 01.03.2026  | 01.06.2026 |
        | Bodø mottak   | asylmottak    | Bodø         | nedskalert | 50      | 01.03.2026  | 01.06.2026 |
        | Tromsø senter | omsorgssenter | Tromsø       | etablert   | 55      | 01.03.2026  | 01.06.2026 |
      Når avtalen vurderes for 2026
      Så er resultatmålet for mottak og omsorgssentre «<resultat>»

      Eksempler:
        | varslet 1  | varslet 2  | resultat       |
        | 01.03.2026 | 01.03.2026 | oppfylt        |
        | 25.05.2026 | 01.03.2026 | delvis oppfylt |
        | 25.05.2026 | aldri      | ikke oppfylt   |

    @maal-resultatmaal-mottak
    Scenario: Uten store endringer er resultatmålet for mottak ikke relevant
      Gitt disse endringene i kapasiteten i 2026:
        | mottak       | type       | vertskommune | endring    | plasser | varslet | iverksatt  |
        | Molde mottak | asylmottak | Molde        | oppskalert | 20      |         | 01.06.2026 |
      Når avtalen vurderes for 2026
      Så er resultatmålet for mottak og omsorgssentre «ikke relevant»

    @maal-resultatmaal-mottak
    Scenario: Uten registeret over kapasitetsendringer kan resultatmålet for mottak ikke vurderes
      Gitt ingen endringer i kapasiteten er registrert for 2026
      Når avtalen vurderes for 2026
      Så er resultatmålet for mottak og omsorgssentre «utilstrekkelig grunnlag»
