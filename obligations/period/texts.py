"""The period evaluation's fixed wording, in bokmål and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "title": {"nb": "Evaluering av avtaleperioden {period} (utkast)",
              "en": "Evaluation of the agreement period {period} (draft)"},
    "subtitle": {"nb": "Samarbeidsavtalen om mottak og bosetting av flyktninger 2026–2029: grunnlag for evalueringen "
                       "før en eventuell ny avtale",
                 "en": "The cooperation agreement on reception and settlement of refugees 2026–2029: basis for the "
                       "evaluation before any new agreement"},
    "draft_note": {
        "nb": "Dette er et grunnlag for partenes evaluering, ikke evalueringen selv. Statusene er verktøyets vurdering "
              "av dataene mot regelfilene, år for år slik den årlige gjennomgangen gjør det. Om avtalens formål er "
              "innfridd, er partenes vurdering; dokumentet viser det den bygger på.",
        "en": "This is a basis for the parties' evaluation, not the evaluation itself. The statuses are the tool's "
              "reading of the data against the rule files, year by year as the yearly review makes it. Whether the "
              "agreement's purpose was fulfilled is the parties' judgement; the document shows what it rests on."},
    "covered": {"nb": "Evalueringen dekker {covered}: de årene av avtaleperioden {period} som dataene har. "
                      "Vurderingsdagen er {day}.",
                "en": "The evaluation covers {covered}: the years of the agreement period {period} that the data "
                      "holds. The evaluation date is {day}."},
    "not_yet": {"nb": "Ikke i dataene ennå: {years}. Evalueringen av hele perioden kan først lages når de er med.",
                "en": "Not in the data yet: {years}. The evaluation of the whole period can only be made once they "
                      "are."},
    "synthetic": {"nb": "Merk: Tallene bygger på syntetiske data laget for å prøve ut verktøyet. De er ikke virkelige "
                        "tall. Bare kommunelisten (kommunenummer, navn, innbyggertall) er reell.",
                  "en": "Note: the figures are built from synthetic data made to exercise the tool. They are not real "
                        "figures. Only the list of kommuner (numbers, names, population) is real."},
    "synthetic_short": {"nb": "Syntetiske data: ikke virkelige tall.", "en": "Synthetic data: not real figures."},
    "contents": {"nb": "Innhold", "en": "Contents"},
    # first screen
    "figures": {"nb": "Perioden i tall", "en": "The period in figures"},
    "year": {"nb": "År", "en": "Year"},
    "need": {"nb": "Behov", "en": "Need"},
    "requested": {"nb": "Anmodet", "en": "Requested"},
    "decided": {"nb": "Vedtatt", "en": "Decided"},
    "settled": {"nb": "Bosatt", "en": "Settled"},
    "share_settled": {"nb": "Andel av behovet som ble bosatt", "en": "Share of the need settled"},
    "period_total": {"nb": "Perioden", "en": "The period"},
    "goals_by_year": {"nb": "Målene år for år", "en": "The goals year by year"},
    "goal": {"nb": "Mål", "en": "Goal"},
    "see_method": {"nb": "(se Metode)", "en": "(see Method)"},
    "see_annex_a": {"nb": "(referanseverdiene er antakelser, se vedlegg A)",
                    "en": "(the reference values are assumptions, see annex A)"},
    "legend_goals": {
        "nb": "For hovedmålene og resultatmålene sier statusen bare hvordan indikatorene som er målt, lå mot "
              "referanseverdiene; det som ikke er målt, er nevnt ved hvert mål.",
        "en": "For the main goals and the result goals, the status says only how the indicators measured lay against "
              "their reference values; what is not measured is named at each goal."},
    "legend": {"nb": "Slik leses statusene", "en": "How to read the statuses"},
    # about
    "about": {"nb": "Hva avtalen ber om", "en": "What the agreement asks for"},
    "about_intro": {"nb": "Avtalens punkt om evaluering:", "en": "The agreement's section on evaluation:"},
    "about_parts": {
        "nb": "Dokumentet følger det avtalen ber om: målene mot resultatene år for år og for perioden, årsakene til "
              "avvik (det dataene viser, og det som bygger på partenes egne forklaringer) og hvordan hver part har "
              "arbeidet med forpliktelsene sine – også forpliktelsene uten nummer, som verktøyet leser som en del av "
              "«punkter 1 til 9» (se «Forpliktelser uten nummer»). I tillegg viser det avtalens egne vilkår for "
              "drøfting og oppsigelse, årene før avtalen og tall som er rettet siden en tidligere gjennomgang; det "
              "ber avtalen ikke om.",
        "en": "The document follows what the agreement asks for: the goals against the results year by year and "
              "for the period, the causes of deviation (what the data shows, and what rests on the parties' own "
              "explanations) and how each party worked on its obligations – the commitments without a number too, "
              "which the tool reads as part of «punkter 1 til 9» (see «Commitments without a number»). In addition it "
              "shows the agreement's own conditions for discussion and termination, the years before the agreement "
              "and figures corrected since an earlier review; the agreement does not ask for those."},
    # Said once, early (review of the period, item 27): the rule owner is not one of the parties.
    "rule_owner": {
        "nb": "Referanseverdiene og tersklene i dokumentet er satt av regeleier: den som forvalter verktøyets "
              "regelfiler. Regeleier er ikke en av partene, og verdiene er ikke avtalt mellom partene.",
        "en": "The reference values and thresholds in the document are set by the rule owner: whoever maintains the "
              "tool's rule files. The rule owner is not one of the parties, and the values are not agreed by the "
              "parties."},
    "purpose_note": {
        "nb": "Om formålet («i fellesskap skal løse de nasjonale oppgavene») er innfridd, vurderer ikke verktøyet: det "
              "er partenes vurdering, med målene og arbeidet nedenfor som grunnlag. Statusene for hovedmålene og "
              "resultatmålene sier bare hvordan indikatorene som er målt, lå mot referanseverdiene (antakelser); de "
              "sier ikke om målet er nådd, og det som ikke er målt, er nevnt ved hvert mål.",
        "en": "Whether the purpose (to solve the national tasks together) is fulfilled, the tool does not judge: that "
              "is the parties' judgement, with the goals and the work below as its basis. The statuses of the main "
              "goals and the result goals say only how the indicators measured lay against their reference values "
              "(assumptions); they do not say whether the goal was reached, and what is not measured is named at "
              "each goal."},
    # goals
    "goals": {"nb": "Målene mot resultatene", "en": "The goals against the results"},
    "goals_intro": {
        "nb": "Hvert hovedmål og resultatmål med indikatorene som avgjør det, år for år. Referanseverdiene er "
              "regeleierens antakelser (vedlegg A); avtalen tallfester ingen av målene.",
        "en": "Each main goal and result goal with the indicators that decide it, year by year. The reference values "
              "are the rule owner's assumptions (annex A); the agreement sets no figure for any goal."},
    # The period's own names for two figures whose shared labels read ambiguously (review of the period, items 29
    # and 30): «Bosatt av behovet» could be read as the settled taken from the need.
    "label_andel_behov_bosatt": {"nb": "Andel av behovet som ble bosatt (%)", "en": "Share of the need settled (%)"},
    "label_andel_behov_em_bosatt": {"nb": "Andel av behovet for enslige mindreårige som ble bosatt (%)",
                                    "en": "Share of the need for unaccompanied minors settled (%)"},
    "recipient_month_note": {
        "nb": "En mottakermåned er én måned for én mottaker av statistikken (KS og hver fylkeskommune fra IMDi, KS fra "
              "UDI); verktøyet regner med én leveranse per mottaker per måned.",
        "en": "A recipient-month is one month for one recipient of the statistics (KS and each fylkeskommune, the "
              "county authority, from IMDi; KS from UDI); the tool counts one delivery per recipient per month."},
    "indicator": {"nb": "Indikator", "en": "Indicator"},
    "reference": {"nb": "Referanseverdi", "en": "Reference value"},
    "trend": {"nb": "Utvikling", "en": "Trend"},
    "trend_up": {"nb": "opp", "en": "up"},
    "trend_down": {"nb": "ned", "en": "down"},
    "trend_flat": {"nb": "uendret", "en": "unchanged"},
    "assumption": {"nb": "antakelse", "en": "assumption"},
    "reference_gives": {"nb": "{reference} gir «{status}»", "en": "{reference} gives «{status}»"},
    "below_reference": {"nb": "under referanseverdien", "en": "below the reference value"},
    "status_year": {"nb": "Verktøyets vurdering", "en": "The tool's assessment"},
    "goal_period": {"nb": "For perioden: bosatt {settled} av et samlet behov på {need} ({share} %), et avvik på {gap}.",
                    "en": "For the period: {settled} settled of a total need of {need} ({share} %), a deviation of "
                          "{gap}."},
    "goal_period_missing": {"nb": "For perioden: behov eller bosatte mangler for minst ett år, så det lages ingen sum.",
                            "en": "For the period: the need or the number settled is missing for at least one year, "
                                  "so no sum is made."},
    "goal_below_years": {"nb": "{indicator}: under referanseverdien i {years}.",
                         "en": "{indicator}: below the reference value in {years}."},
    "in_years": {"nb": "i {years}", "en": "in {years}"},
    "goal_reached_years": {
        "nb": "I {years} nådde indikatorene som er målt, referanseverdiene for «oppfylt» (antakelser).",
        "en": "In {years} the indicators measured reached the reference values for «met» (assumptions)."},
    "goal_missed_years": {
        "nb": "I {years} nådde ikke alle indikatorene som er målt, referanseverdiene for «oppfylt» (antakelser).",
        "en": "In {years} not all the indicators measured reached the reference values for «met» (assumptions)."},
    "goal_change": {"nb": "Statusen endret seg fra «{before}» i {year_from} til «{after}» i {year_to}.",
                    "en": "The status changed from «{before}» in {year_from} to «{after}» in {year_to}."},
    "charts": {"nb": "Figurer for perioden", "en": "Charts for the period"},
    "chart_chain": {"nb": "Behov, anmodet, vedtatt og bosatt per år",
                    "en": "Need, requested, decided and settled per year"},
    "chart_share": {"nb": "Andel av behovet som ble bosatt, per år (%)",
                    "en": "Share of the need settled, per year (%)"},
    "chart_data": {"nb": "Tallene i figuren", "en": "The figures in the chart"},
    # causes
    "causes": {"nb": "Årsaker til avvik", "en": "Causes of deviation"},
    "causes_intro": {
        "nb": "Avtalen ber om «en analyse av årsaker til eventuelle avvik mellom avtalens mål og realiserte mål». "
              "Dataene kan vise hvor i kjeden fra behov til bosetting avviket oppsto, og hvordan de målte leddene i "
              "kjeden gikk (kartlegging, tiden til bosetting, prognosen, endringer i behovet); tiden til bosetting "
              "avhenger også av kommunenes egne vedtak. Leddene i kjeden er regnestykker, komponenter av avviket, ikke"
              " årsaker. Hvorfor avviket oppsto, står bare i partenes egne forklaringer i referatene.",
        "en": "The agreement asks for an analysis of the causes of any deviation between the agreement's goals and the"
              " goals realised. The data can show where in the chain from need to settlement the gap arose, and how "
              "the measured links of the chain went (kartlegging, the time to settlement, the forecast, changes in the"
              " need); the time to settlement also depends on the kommuner's own vedtak. The links of the chain are "
              "arithmetic, components of the gap, not causes. Why the gap arose is only in the parties' own "
              "explanations in the minutes."},
    "data_shows": {"nb": "Det dataene viser", "en": "What the data shows"},
    "components_year": {"nb": "Komponenter av avviket {year}", "en": "Components of the gap {year}"},
    "components_gap": {"nb": "Behov {target}, bosatt {realised}: avvik {gap}. Komponentene er brutto per kommune og "
                             "summeres ikke til avviket.",
                       "en": "Need {target}, settled {realised}: a gap of {gap}. The components are gross per kommune "
                             "and do not add up to the gap."},
    "components_gap_sum": {"nb": "Behov {target}, bosatt {realised}: avvik {gap}. Komponentene er brutto per kommune; "
                                 "med dem som trekker avviket ned, går de til sammen opp i avviket.",
                           "en": "Need {target}, settled {realised}: a gap of {gap}. The components are gross per "
                                 "kommune; with those that reduce the gap, they add up to it."},
    "component": {"nb": "Komponent (ledd i kjeden)", "en": "Component (link in the chain)"},
    "persons": {"nb": "Personer", "en": "Persons"},
    "links_year": {"nb": "Målte ledd i kjeden {year}", "en": "Measured links in the chain {year}"},
    "link_kartlegging": {
        "nb": "Kartlegging (tillatelse til bosettingsklar): {kartlagt_mottak} ble bosettingsklare i mottak, median "
              "{median_dager_mottak} dager; {kartlagt_omsorgssenter} i omsorgssenter, median "
              "{median_dager_omsorgssenter} dager.",
        "en": "Kartlegging (permit to bosettingsklar): {kartlagt_mottak} became bosettingsklare in mottak, median "
              "{median_dager_mottak} days; {kartlagt_omsorgssenter} in omsorgssenter, median "
              "{median_dager_omsorgssenter} days."},
    "link_matching": {
        "nb": "Fra tillatelse til bosatt: {andel_innen_frist} % ble bosatt innen referanseverdien for sin gruppe "
              "({frist_voksne_maaneder} måneder for voksne uten barn, {frist_familier_maaneder} for barnefamilier og "
              "{frist_em_maaneder} for enslige mindreårige; antakelse). Fra bosettingsklar til bosatt, median "
              "ventetid: {median_mnd_enslig_mindreaarig} måneder for enslige mindreårige, "
              "{median_mnd_familie_med_barn} for barnefamilier og {median_mnd_voksen_uten_barn} for voksne uten barn.",
        "en": "From the permit to settlement: {andel_innen_frist} % were settled within the reference value for their "
              "group ({frist_voksne_maaneder} months for adults without children, {frist_familier_maaneder} for "
              "families with children and {frist_em_maaneder} for unaccompanied minors; assumption). From "
              "bosettingsklar to settlement, median wait: {median_mnd_enslig_mindreaarig} months for unaccompanied "
              "minors, {median_mnd_familie_med_barn} for families with children and {median_mnd_voksen_uten_barn} for "
              "adults without children."},
    # What each figure counts (review of the period, item 19): the forecast is set against everyone in the year's
    # person file, which holds those who became bosettingsklare in the year and those who were bosettingsklare
    # before it and waited or were settled in it.
    "link_prognose_count": {
        "nb": "Bosettingsklare mot prognosen: persongrunnlaget for året har {bosettingsklare} bosettingsklare – "
              "{i_aaret} som ble bosettingsklare i løpet av året, og {fra_foer} som var bosettingsklare fra før og "
              "ventet eller ble bosatt i året.",
        "en": "Bosettingsklare against the forecast: the year's person file holds {bosettingsklare} bosettingsklare – "
              "{i_aaret} who became bosettingsklare during the year, and {fra_foer} who were bosettingsklare before "
              "it and waited or were settled in it."},
    "link_prognose_count_total": {
        "nb": "Bosettingsklare mot prognosen: persongrunnlaget for året har {bosettingsklare} bosettingsklare (alle "
              "som ventet eller ble bosatt i året).",
        "en": "Bosettingsklare against the forecast: the year's person file holds {bosettingsklare} bosettingsklare "
              "(everyone who waited or was settled in the year)."},
    "link_prognose_fewer": {"nb": "Det er {difference} færre enn prognosen ({prognose}).",
                            "en": "That is {difference} fewer than the forecast ({prognose})."},
    "link_prognose_more": {"nb": "Det er {difference} flere enn prognosen ({prognose}).",
                           "en": "That is {difference} more than the forecast ({prognose})."},
    "link_prognose_equal": {"nb": "Det er like mange som prognosen ({prognose}).",
                            "en": "That is as many as the forecast ({prognose})."},
    "link_prognose_missing": {"nb": "Bosettingsklare mot prognosen: prognosen eller persondataene mangler.",
                              "en": "Bosettingsklare against the forecast: the forecast or the person data is "
                                    "missing."},
    "link_behov_justert": {
        "nb": "Behovet ble justert {dato} fra {opprinnelig} til {justert_til} ({endring}); {ny_fordeling}.",
        "en": "The need was revised on {dato} from {opprinnelig} to {justert_til} ({endring}); {ny_fordeling}."},
    "link_behov_fast": {"nb": "Behovet ble ikke justert i løpet av året.",
                        "en": "The need was not revised during the year."},
    "new_distribution": {"nb": "utover terskelen for ny fordeling i de vedtatte anmodningskriteriene",
                         "en": "beyond the adopted criteria's threshold for a new distribution"},
    "no_new_distribution": {"nb": "innenfor terskelen for ny fordeling i de vedtatte anmodningskriteriene",
                            "en": "within the adopted criteria's threshold for a new distribution"},
    "new_distribution_reference": {
        "nb": "mer enn referanseverdien for ny fordeling ({prosent} %, {personer} personer eller {em} enslige "
              "mindreårige; antakelse, ikke fra vedtatte anmodningskriterier – ingen gjelder for {year})",
        "en": "more than the reference value for a new distribution ({prosent} %, {personer} persons or {em} "
              "unaccompanied minors; an assumption, not from adopted criteria – none apply for {year})"},
    "no_new_distribution_reference": {
        "nb": "innenfor referanseverdien for ny fordeling ({prosent} %, {personer} personer eller {em} enslige "
              "mindreårige; antakelse, ikke fra vedtatte anmodningskriterier – ingen gjelder for {year})",
        "en": "within the reference value for a new distribution ({prosent} %, {personer} persons or {em} "
              "unaccompanied minors; an assumption, not from adopted criteria – none apply for {year})"},
    "new_distribution_assumed": {
        "nb": "mer enn referanseverdien for ny fordeling (antakelse, ikke fra vedtatte anmodningskriterier – ingen "
              "gjelder for {year})",
        "en": "more than the reference value for a new distribution (an assumption, not from adopted criteria – "
              "none apply for {year})"},
    "no_new_distribution_assumed": {
        "nb": "innenfor referanseverdien for ny fordeling (antakelse, ikke fra vedtatte anmodningskriterier – ingen "
              "gjelder for {year})",
        "en": "within the reference value for a new distribution (an assumption, not from adopted criteria – none "
              "apply for {year})"},
    "threshold_unknown": {"nb": "om det gikk utover terskelen for ny fordeling, kan ikke avgjøres",
                          "en": "whether it went beyond the threshold for a new distribution cannot be decided"},
    "link_lang_ventetid": {"nb": "Ved årsslutt hadde {lang_ventende_slutt} av {ventende_slutt} som ventet, ventet "
                                 "lenger enn referanseverdien ({andel} %).",
                           "en": "At the year end {lang_ventende_slutt} of {ventende_slutt} waiting had waited longer "
                                 "than the reference value ({andel} %)."},
    "explained": {"nb": "Det partene har forklart", "en": "What the parties explained"},
    "explained_intro": {
        "nb": "Partenes omforente vurdering og hver parts merknader om målene og om forpliktelsene, slik referatet fra "
              "konsultasjonsmøtet gjengir dem. Dette er partenes egne forklaringer; verktøyet har ikke prøvd dem mot "
              "dataene. Temaene er funnet ved ord i teksten (bolig, økonomi, ankomster, ekstraordinære endringer, "
              "tidspunktet for anmodningene) som en lesehjelp; de veier ingenting.",
        "en": "The parties' agreed assessment and each party's remarks on the goals and on the obligations, as the "
              "minutes of the consultation meeting give them. These are the parties' own explanations; the tool has "
              "not tested them against the data. The themes are found by words in the text (housing, economy, "
              "arrivals, extraordinary changes, the timing of the requests) as a reading aid; they weigh nothing."},
    "explained_goals": {"nb": "Om målene", "en": "On the goals"},
    "explained_obligations": {"nb": "Om forpliktelsene", "en": "On the obligations"},
    "explained_year": {"nb": "Referatet for {year} (møtet {day})", "en": "The minutes for {year} (meeting of {day})"},
    "referat_none": {"nb": "{year}: ingen data. Det er ikke lest inn noe referat for {year}.",
                     "en": "{year}: no data. No minutes for {year} have been read in."},
    "referat_not_held": {"nb": "{year}: konsultasjonsmøtet om {year} er ikke holdt ennå; referatet har bare "
                               "rapporter om oppfølging.",
                         "en": "{year}: the consultation meeting on {year} has not been held yet; the minutes hold "
                               "only reports on follow-up."},
    "referat_no_explanations": {"nb": "{year}: referatet har ingen vurdering av målene eller forpliktelsene.",
                                "en": "{year}: the minutes hold no assessment of the goals or the obligations."},
    "point_not_held": {"nb": "{year}: konsultasjonsmøtet om {year} er ikke holdt ennå, så ingen forpliktelse har en "
                             "vurdering i referatet.",
                       "en": "{year}: the consultation meeting on {year} has not been held yet, so no obligation has "
                             "an assessment in the minutes."},
    "point_no_referat": {"nb": "{year}: ingen data: det er ikke lest inn noe referat for {year}.",
                         "en": "{year}: no data: no minutes for {year} have been read in."},
    "referat_concluded": {"nb": "{year}: referatet fra møtet {day} har {held}; de andre forpliktelsene har verken en "
                                "omforent vurdering eller en merknad i referatet.",
                          "en": "{year}: the minutes of the meeting of {day} hold {held}; the other obligations have "
                                "neither an agreed assessment nor a remark in the minutes."},
    "referat_agreed_on": {"nb": "partenes omforente vurdering av {points}",
                          "en": "the parties' agreed assessment of {points}"},
    "remark_on": {"nb": "bare en merknad fra {party} om {point}", "en": "only a remark by {party} on {point}"},
    "referat_concluded_none": {"nb": "{year}: referatet fra møtet {day} har ingen vurdering av noen forpliktelse.",
                               "en": "{year}: the minutes of the meeting of {day} hold no assessment of any "
                                     "obligation."},
    "agreed": {"nb": "Omforent vurdering", "en": "Agreed assessment"},
    "remark_by": {"nb": "Merknad fra {party}", "en": "Remark by {party}"},
    "dissent": {"nb": "dissens", "en": "dissent"},
    "themes": {"nb": "tema", "en": "themes"},
    "theme_bolig": {"nb": "bolig", "en": "housing"},
    "theme_okonomi": {"nb": "økonomiske rammer", "en": "economic frames"},
    "theme_ankomster": {"nb": "ankomster", "en": "arrivals"},
    "theme_ekstraordinaere_endringer": {"nb": "ekstraordinære endringer", "en": "extraordinary changes"},
    "theme_anmodningstidspunkt": {"nb": "tidspunktet for anmodningene", "en": "the timing of the requests"},
    "causes_summary": {"nb": "Oppsummert", "en": "In short"},
    "summary_data": {"nb": "Vist i dataene", "en": "Shown in the data"},
    "summary_explained": {"nb": "Bygger på partenes forklaringer", "en": "Rests on the parties' explanations"},
    "summary_largest": {"nb": "{year}: den største komponenten var «{component}» ({size} personer).",
                        "en": "{year}: the largest component was '{component}' ({size} persons)."},
    "summary_no_gap": {"nb": "{year}: ingen avvik fra behovet (bosatt {realised} av {target}).",
                       "en": "{year}: no gap to the need ({realised} settled of {target})."},
    "summary_no_figures": {"nb": "{year}: behov eller bosatte mangler; avviket kan ikke regnes ut.",
                           "en": "{year}: the need or the number settled is missing; the gap cannot be computed."},
    "summary_forecast": {"nb": "{year}: {faerre} færre bosettingsklare enn prognosen.",
                         "en": "{year}: {faerre} fewer bosettingsklare than forecast."},
    "summary_revision": {"nb": "{year}: behovet ble justert {dato} ({endring}).",
                         "en": "{year}: the need was revised on {dato} ({endring})."},
    "summary_data_what": {"nb": "Dette er komponenter av avviket og målte ledd, ikke årsaker: hvorfor avviket oppsto, "
                                "viser ikke dataene.",
                          "en": "These are components of the gap and measured links, not causes: the data does not "
                                "show why the gap arose."},
    "summary_kommuner": {
        "nb": "Kommunenes vedtak og bosetting er kommunenes egne beslutninger – hver kommune avgjør selv hvor mange "
              "den bosetter, og kommunene er ikke parter i avtalen. Komponentene viser hvor i kjeden avviket ligger, "
              "ikke et avvik fra avtalen.",
        "en": "The kommuner's vedtak and settlement are the kommuner's own decisions – each kommune decides for itself"
              " how many it settles, and the kommuner are not parties to the agreement. The components show where in "
              "the chain the gap lies, not a departure from the agreement."},
    "summary_theme": {"nb": "Temaet «{theme}» bygger på forklaringer fra {who}.",
                      "en": "The theme '{theme}' rests on explanations by {who}."},
    "the_parties": {"nb": "partene samlet", "en": "the parties jointly"},
    "on_point": {"nb": "om", "en": "on"},
    "summary_explanations": {
        "nb": "{goals} forklaringer fra partene om mål med avvik og {obligations} om forpliktelser som det året ikke "
              "eller bare delvis var oppfylt, fra referatene for {years}.",
        "en": "{goals} explanations by the parties on goals with a deviation and {obligations} on obligations that "
              "were not met or met only in part that year, from the minutes for {years}."},
    "summary_other_remarks": {
        "nb": "{count} andre forklaringer i referatene gjelder punkter uten avvik det året; de forklarer noe annet enn "
              "et avvik, og ingen årsak bygges på dem (de står under «Det partene har forklart»).",
        "en": "{count} other explanations in the minutes concern points without a deviation that year; they explain "
              "something other than a deviation, and no cause is built on them (they are under «What the parties "
              "explained»)."},
    "summary_other_remark": {
        "nb": "1 annen forklaring i referatene gjelder et punkt uten avvik det året; den forklarer noe annet enn et "
              "avvik, og ingen årsak bygges på den (den står under «Det partene har forklart»).",
        "en": "1 other explanation in the minutes concerns a point without a deviation that year; it explains "
              "something other than a deviation, and no cause is built on it (it is under «What the parties "
              "explained»)."},
    "summary_uncheckable": {
        "nb": "En sammenligning med {years} kan ikke prøves: dataene har ikke {years} (forklaringen fra {who} om "
              "{point}, {year}).",
        "en": "A comparison with {years} cannot be checked: the data does not have {years} (the explanation by {who} "
              "on {point}, {year})."},
    "the_parties_compare": {"nb": "partene samlet", "en": "the parties jointly"},
    "summary_unchecked": {"nb": "Forklaringene er partenes egne ord; dataene viser ikke om de stemmer.",
                          "en": "The explanations are the parties' own words; the data does not show whether they "
                                "hold."},
    "summary_no_explanations": {"nb": "Ingen forklaringer fra partene om målene eller forpliktelsene i referatene "
                                      "(ingen data).",
                                "en": "No explanations by the parties on the goals or the obligations in the minutes "
                                      "(no data)."},
    # work
    "work": {"nb": "Hvordan partene har arbeidet", "en": "How the parties worked"},
    "work_intro": {
        "nb": "Forpliktelse for forpliktelse og år for år: det registrene viser av arbeidet (aktiviteter, tiltak, "
              "statistikkleveranser), verktøyets status for året, partenes omforente vurdering og hver parts "
              "merknader i referatet, og oppfølgingen de avtalte. En innsatsforpliktelse («arbeide for», «legge til "
              "rette for») vurderes etter dokumentert innsats, ikke etter resultatet.",
        "en": "Obligation by obligation and year by year: what the registers show of the work (activities, tiltak, "
              "statistics deliveries), the tool's status for the year, the parties' agreed assessment and each "
              "party's remarks in the minutes, and the follow-up they agreed. An obligation of effort is judged by "
              "documented effort, not by the result."},
    "unnumbered": {"nb": "Forpliktelser uten nummer", "en": "Commitments without a number"},
    "unnumbered_intro": {
        "nb": "Avtalen viser til «punkter 1 til 9», men de nummererte punktene går fra 1.1 til 8.2. Verktøyet leser "
              "henvisningen som alle forpliktelsene, også disse uten nummer; det er regeleierens lesning, og partene "
              "bør bekrefte den. For de fleste av dem har verktøyet ingen data, og de må vurderes av partene; "
              "partenes erklæringer og oppsigelse står under avtalens egne vilkår for drøfting og oppsigelse.",
        "en": "The agreement refers to «punkter 1 til 9», but the numbered points run from 1.1 to 8.2. The tool reads "
              "the reference as every obligation, these without a number too; that is the rule owner's reading, and "
              "the parties should confirm it. For most of them the tool has no data, and the parties must assess "
              "them; the parties' statements and notice of termination are under the agreement's own conditions for "
              "discussion and termination."},
    "commitment": {"nb": "Forpliktelsen", "en": "The commitment"},
    "agreement_section": {"nb": "Avsnitt i avtalen", "en": "Section of the agreement"},
    "commitment_handling": {"nb": "Hva verktøyet gjør med den", "en": "What the tool does with it"},
    "kind_effort": {"nb": "innsatsforpliktelse", "en": "obligation of effort"},
    "kind_act": {"nb": "handlings- eller resultatforpliktelse", "en": "obligation of act or result"},
    "deciding_words": {"nb": "avgjørende ord", "en": "deciding words"},
    "activities": {"nb": "{count} dokumenterte aktiviteter: {items}.", "en": "{count} documented activities: {items}."},
    "activity_one": {"nb": "1 dokumentert aktivitet: {items}.", "en": "1 documented activity: {items}."},
    "no_activities": {"nb": "Ingen aktivitet registrert for punktet.", "en": "No activity registered for the point."},
    "no_activities_from": {"nb": "Ingen aktivitet fra {who} er registrert for punktet.",
                           "en": "No activity by {who} is registered for the point."},
    "uncounted_one": {
        "nb": "Registeret har 1 aktivitet merket {point} fra en som forpliktelsen ikke binder: {items}. Den gjelder "
              "ikke forpliktelsen til {who} og er ikke regnet med.",
        "en": "The register has 1 activity marked {point} from a body the obligation does not bind: {items}. It does "
              "not concern the obligation of {who} and is not counted."},
    "uncounted": {
        "nb": "Registeret har {count} aktiviteter merket {point} fra noen som forpliktelsen ikke binder: {items}. De "
              "gjelder ikke forpliktelsen til {who} og er ikke regnet med.",
        "en": "The register has {count} activities marked {point} from bodies the obligation does not bind: {items}. "
              "They do not concern the obligation of {who} and are not counted."},
    "no_activity_register": {"nb": "Aktivitetsregisteret for {year} mangler (ingen data).",
                             "en": "The activity register for {year} is missing (no data)."},
    "measures": {"nb": "Tiltak: {items}.", "en": "Tiltak: {items}."},
    "deliveries": {"nb": "Statistikkleveranser registrert: {items}.",
                   "en": "Statistics deliveries registered: {items}."},
    "conclusion": {"nb": "Partenes omforente vurdering (referat {day})",
                   "en": "The parties' agreed assessment (minutes of {day})"},
    "follow_up": {"nb": "Oppfølging av {point} fra referatet for {year}: {what} (ansvarlig: {owner}; frist "
                        "{deadline}): {state}.",
                  "en": "Follow-up of {point} from the minutes for {year}: {what} (owner: {owner}; deadline "
                        "{deadline}): {state}."},
    "state_done": {"nb": "rapportert utført", "en": "reported done"},
    "state_not_done": {"nb": "rapportert ikke utført", "en": "reported not done"},
    "state_pending": {"nb": "ingen rapport ennå, fristen er ikke passert",
                      "en": "no report yet, the deadline has not passed"},
    "state_due_on_day": {"nb": "ingen rapport ennå; fristen er vurderingsdagen, så den er ikke passert",
                         "en": "no report yet; the deadline is the evaluation date, so it has not passed"},
    "state_meeting_not_held": {"nb": ", og konsultasjonsmøtet om {year} er ikke holdt; det er ikke avgjort ennå om "
                                     "den er utført",
                               "en": ", and the consultation meeting on {year} has not been held; whether it was done "
                                     "is not decided yet"},
    "state_not_reported": {"nb": "ingen rapport, fristen er passert", "en": "no report, the deadline has passed"},
    "reported_in": {"nb": "i referatet for {year}", "en": "in the minutes for {year}"},
    "follow_up_counts": {"nb": "Oppfølging avtalt i perioden: {total}; rapportert utført {done}, rapportert ikke "
                               "utført {not_done}, uten rapport etter fristen {not_reported}, frist ikke passert "
                               "{pending}.",
                         "en": "Follow-ups agreed in the period: {total}; reported done {done}, reported not done "
                               "{not_done}, without a report after the deadline {not_reported}, deadline not passed "
                               "{pending}."},
    "open_follow_ups": {"nb": "Oppfølging som ikke er rapportert utført", "en": "Follow-up not reported done"},
    # triggers
    "triggers": {"nb": "Avtalens egne vilkår for drøfting og oppsigelse",
                 "en": "The agreement's own conditions for discussion and termination"},
    "triggers_intro": {"nb": "Avtalens punkt «Varighet og oppsigelse»:",
                       "en": "The agreement's section on duration and termination:"},
    "handling": {"nb": "Når antallet ikke kan håndteres innenfor gjeldende ordning",
                 "en": "When the number cannot be handled within the current arrangement"},
    "handling_intro": {
        "nb": "En indikator, ikke en vurdering. Avtalen sier ikke hvordan vilkåret skal måles, og oppgir ingen "
              "terskel. Lesning (antakelse, ikke avtalt mellom partene): verktøyet bruker årets bosettingsbehov "
              "(justert, der det ble justert) som det estimerte antallet, kommunenes vedtak som mål på hva gjeldende "
              "ordning håndterer, og {threshold} av behovet som grense. Grensen er en antakelse, ikke et krav, og står"
              " som en navngitt parameter i regelfilen for avtalens forpliktelser, med begrunnelse (vedlegg A). "
              "Avtalen ser framover («det estimerte antallet»); indikatoren ser bakover, på vedtakene ved årsslutt. "
              "Vedtakene vises også mot det kommunene faktisk ble anmodet om. Under grensen kan indikatoren tale for "
              "at partene drøfter om vilkåret i «Varighet og oppsigelse» er til stede; det er partenes vurdering.",
        "en": "An indicator, not an assessment. The agreement does not say how the condition is to be measured, and "
              "states no threshold. Reading (an assumption, not agreed by the parties): the tool takes the year's "
              "settlement need (as revised, where it was) as the estimated number, the kommuner's vedtak as the "
              "measure of what the current arrangement handles, and {threshold} of the need as the limit. The limit is"
              " an assumption, not a requirement, and a named parameter of the rule file of the agreement's "
              "obligations, with its reasons (annex A). The agreement looks ahead («det estimerte antallet»); the "
              "indicator looks back, at the vedtak at the end of the year. The vedtak are also shown against what the "
              "kommuner were actually asked. Below the limit, the indicator may speak for the parties discussing "
              "whether the condition in «Varighet og oppsigelse» is present; that is the parties' judgement."},
    "handling_intro_no_threshold": {
        "nb": "En indikator, ikke en vurdering: det estimerte antallet er årets bosettingsbehov, og det ordningen "
              "håndterer, er det kommunene vedtok. Avtalen oppgir ingen terskel, og regelfilene gir ingen antakelse "
              "for den, så indikatoren sammenlignes ikke med noen terskel (ingen data).",
        "en": "An indicator, not an assessment: the estimated number is the year's settlement need, and what the "
              "arrangement handles is what the kommuner decided. The agreement states no threshold, and the rule "
              "files give no assumption for one, so the indicator is compared with no threshold (no data)."},
    "vedtak_share": {"nb": "Vedtatt av behovet", "en": "Decided of the need"},
    "indicator_state": {"nb": "Indikatoren", "en": "The indicator"},
    "measured_on": {"nb": "Målt", "en": "Measured"},
    "need_revision": {"nb": "Behovet justert", "en": "Need revised"},
    "triggered": {"nb": "under antakelsen (se merknad)", "en": "below the assumption (see the note)"},
    "vedtak_share_requested": {"nb": "Vedtatt av anmodet", "en": "Decided of requested"},
    "handling_note": {
        "nb": "{year}: vedtakene dekket {share} av behovet ({need}), men {share_requested} av det kommunene faktisk "
              "ble anmodet om ({requested}); anmodningene var til sammen {gap} lavere enn behovet{revised}.",
        "en": "{year}: the vedtak covered {share} of the need ({need}), but {share_requested} of what the kommuner "
              "were actually asked ({requested}); the requests were {gap} lower than the need in all{revised}."},
    "handling_note_revised": {"nb": ", som ble justert {dato} uten at anmodningene ble økt tilsvarende",
                              "en": ", which was revised on {dato} without the requests being raised to match"},
    "handling_note_same": {
        "nb": "{year}: vedtakene dekket {share} av behovet og {share_requested} av det kommunene ble anmodet om.",
        "en": "{year}: the vedtak covered {share} of the need and {share_requested} of what the kommuner were "
              "asked."},
    "not_triggered": {"nb": "ikke under antakelsen", "en": "not below the assumption"},
    "no_figure": {"nb": "ingen data", "en": "no data"},
    "not_revised": {"nb": "ikke justert", "en": "not revised"},
    "revised": {"nb": "{dato}: {endring}, {ny_fordeling}", "en": "{dato}: {endring}, {ny_fordeling}"},
    "handling_years": {
        "nb": "Indikatoren er under antakelsen i {years}. Det kan tale for at partene drøfter om vilkåret er til "
              "stede; det er partenes vurdering, ikke et funn om at vilkåret er oppfylt.",
        "en": "The indicator is below the assumption in {years}. That may speak for the parties discussing whether the"
              " condition is present; that is the parties' judgement, not a finding that the condition is met."},
    "handling_none": {"nb": "Indikatoren er ikke under antakelsen i noe år som dataene har.",
                      "en": "The indicator is not below the assumption in any year the data holds."},
    "party_acts": {"nb": "Partenes egne handlinger", "en": "The parties' own acts"},
    "act_vilkaar_ikke_til_stede": {"nb": "En part mener at vilkårene for å oppfylle avtalen ikke er til stede",
                                   "en": "A party considers that the conditions for fulfilling the agreement are not "
                                         "present"},
    "act_oppsigelse": {"nb": "En part sier opp avtalen (minst en måneds varsel)",
                       "en": "A party gives notice of termination (at least one month)"},
    "act": {"nb": "Handling", "en": "Act"},
    "date": {"nb": "Dato", "en": "Date"},
    "party": {"nb": "Part", "en": "Party"},
    "statement": {"nb": "Erklæringen", "en": "The statement"},
    "referat_year": {"nb": "Referatet for", "en": "Minutes for"},
    "party_acts_intro": {
        "nb": "Avtalen sier ikke hvor en parts erklæring om at vilkårene for å oppfylle avtalen ikke er til stede, "
              "eller en oppsigelse, skal føres. Verktøyet leser dem fra referatet for året der de ble gitt, med part "
              "og dato; det er verktøyets ordning, ikke avtalens. «Ingen registrert» betyr at referatet for året ikke "
              "fører noen; for et år der konsultasjonsmøtet ikke er holdt, kan det ikke avgjøres ennå; «ingen data» "
              "betyr at det ikke er lest inn noe referat for året, så dataene kan verken vise en erklæring eller at "
              "ingen ble gitt.",
        "en": "The agreement does not say where a party's statement that the conditions for fulfilling the agreement "
              "are not present, or a notice of termination, is to be recorded. The tool reads them from the minutes "
              "for the year in which they were given, with the party and the date; that is the tool's convention, not "
              "the agreement's. \u2018None recorded\u2019 means that the minutes for the year record none; for a year "
              "whose consultation meeting has not been held, it cannot be decided yet; \u2018no data\u2019 means that "
              "no minutes for the year have been read in, so the data can show neither a statement nor that none was "
              "given."},
    "act_no_data": {"nb": "ingen data: det er ikke lest inn noe referat for {year}",
                    "en": "no data: no minutes for {year} have been read in"},
    "act_none_recorded": {"nb": "ingen registrert i referatet for {year}",
                          "en": "none recorded in the minutes for {year}"},
    "act_none_recorded_not_held": {"nb": "kan ikke avgjøres ennå: konsultasjonsmøtet om {year} er ikke holdt",
                                   "en": "cannot be decided yet: the consultation meeting on {year} has not been "
                                         "held"},
    "act_vilkaar_ikke_til_stede_given": {
        "nb": "Referatene fører en parts erklæring om at vilkårene for å oppfylle avtalen ikke er til stede ({who}). "
              "Etter avtalen skal en videreføring av avtalen da drøftes innenfor gjeldende konsultasjonsordning "
              "mellom KS og regjeringen.",
        "en": "The minutes record a party's statement that the conditions for fulfilling the agreement are not "
              "present ({who}). Under the agreement, its continuation is then to be discussed within the current "
              "consultation arrangement between KS and the government."},
    "act_oppsigelse_given": {
        "nb": "Referatene fører en oppsigelse av avtalen ({who}). Etter avtalen skal oppsigelse gis med minst en "
              "måneds varsel.",
        "en": "The minutes record a notice of termination of the agreement ({who}). Under the agreement, notice of "
              "termination is given at least one month ahead."},
    "acts_none_recorded_one": {"nb": "Referatet for {years} fører ingen slik erklæring og ingen oppsigelse.",
                               "en": "The minutes for {years} record no such statement and no notice of termination."},
    "acts_none_recorded": {"nb": "Referatene for {years} fører ingen slik erklæring og ingen oppsigelse.",
                           "en": "The minutes for {years} record no such statement and no notice of termination."},
    "acts_not_held": {"nb": "For {years} er konsultasjonsmøtet ikke holdt, så det kan ikke avgjøres ennå om referatet "
                            "vil føre en slik erklæring eller en oppsigelse.",
                      "en": "For {years} the consultation meeting has not been held, so whether its minutes will "
                            "record such a statement or a notice of termination cannot be decided yet."},
    "acts_no_data": {"nb": "For {years} er det ikke lest inn noe referat: ingen data.",
                     "en": "For {years} no minutes have been read in: no data."},
    # baseline
    "baseline": {"nb": "Årene før avtalen", "en": "The years before the agreement"},
    "baseline_intro": {"nb": "Årene før {first} i dataene, som grunnlinje. Tallene beskriver årene; avtalens "
                             "forpliktelser gjaldt ikke da, og årene vurderes ikke.",
                       "en": "The years before {first} in the data, as a baseline. The figures describe the years; the "
                             "agreement's obligations did not apply then, and the years are not assessed."},
    # How to add the years is in the user guide (docs/data.md), not in the parties' document (item 22).
    "baseline_none": {"nb": "Dataene har ingen år før {first}, så perioden har ingen grunnlinje her.",
                      "en": "The data holds no year before {first}, so the period has no baseline here."},
    "requested_of_need": {"nb": "Anmodet av behovet", "en": "Requested of the need"},
    "decided_of_requested": {"nb": "Vedtatt av anmodet", "en": "Decided of requested"},
    "settled_of_decided": {"nb": "Bosatt av vedtatt", "en": "Settled of decided"},
    "source": {"nb": "Kilde", "en": "Source"},
    # corrections
    "corrections": {"nb": "Rettede tall siden tidligere gjennomganger",
                    "en": "Figures corrected since earlier reviews"},
    "corrections_none_given": {"nb": "Tallene er ikke sammenlignet med tidligere gjennomganger: ingen tidligere "
                                     "gjennomganger ble lest inn.",
                               "en": "The figures are not compared with earlier reviews: no earlier reviews were read "
                                     "in."},
    "corrections_read": {"nb": "Lest: {files}.", "en": "Read: {files}."},
    "corrections_outside": {"nb": "Utenfor årene som evalueres, og ikke sammenlignet: {files}.",
                            "en": "Outside the years evaluated, and not compared: {files}."},
    "corrections_intro": {"nb": "Et tall som en tidligere gjennomgang viste, og som dataene nå gir annerledes (en "
                                "rettet dataleveranse), vises med begge verdiene.",
                          "en": "A figure an earlier review showed that the data now gives differently (a corrected "
                                "data delivery) is shown with both values."},
    "corrections_found": {"nb": "Ingen tall er endret siden de tidligere gjennomgangene.",
                          "en": "No figure has changed since the earlier reviews."},
    "subject": {"nb": "Gjelder", "en": "Subject"},
    "figure_name": {"nb": "Tall", "en": "Figure"},
    "earlier_value": {"nb": "Tidligere", "en": "Earlier"},
    "now_value": {"nb": "Nå", "en": "Now"},
    "points": {"nb": "Punkt", "en": "Point"},
    "earlier_file": {"nb": "Tidligere gjennomgang", "en": "Earlier review"},
    # annex
    "annex_assumptions": {"nb": "Vedlegg A: Antakelser", "en": "Annex A: Assumptions"},
    "annex_assumptions_intro": {
        "nb": "Alle referanseverdier og terskler som en status eller et tall i dokumentet bygger på, og som avtalen "
              "ikke oppgir: verdien, kilden eller begrunnelsen, og punktene der den brukes. De er antakelser, ikke "
              "krav, og er ikke avtalt mellom partene.",
        "en": "Every reference value and threshold that a status or a figure in the document rests on and that the "
              "agreement does not state: its value, its source or reasons, and the points where it is used. They are "
              "assumptions, not requirements, and are not agreed by the parties."},
    "parameter": {"nb": "Navn", "en": "Name"},
    "value": {"nb": "Verdi", "en": "Value"},
    "basis": {"nb": "Grunnlag", "en": "Basis"},
    "used_for": {"nb": "Brukt for", "en": "Used for"},
    "citation": {"nb": "Begrunnelse", "en": "Citation"},
    "citation_secondary": {
        "nb": "Merk: kilden er en sekundærkilde, en gjengivelse i en avis; primærkilden er ikke oppgitt i regelfilen.",
        "en": "Note: the source is a secondary source, a newspaper's account of it; the primary source is not given in "
              "the rule file."},
    "citation_special_needs": {
        "nb": "At verdien også brukes for personer med behov for særskilte helse- og omsorgstjenester, er en antakelse "
              "til: kilden omtaler ikke den gruppen.",
        "en": "That the value is also used for persons with special health and care needs is a further assumption: "
              "the source does not cover that group."},
    "used_for_varighet": {"nb": "Varighet og oppsigelse", "en": "Duration and termination"},
    "annex_inputs": {"nb": "Vedlegg B: Regelfiler og inndata", "en": "Annex B: Rule files and inputs"},
    "rulesets": {"nb": "Regelsett", "en": "Rule sets"},
    # Not the rule files' own status word: «vedtatt» would read as adopted by the parties, who adopted the agreement.
    "ruleset_status_adopted": {"nb": "i kraft i verktøyet (fastsatt av regeleier, ikke avtalt mellom partene)",
                               "en": "in force in the tool (set by the rule owner, not agreed by the parties)"},
    "ruleset_status_draft": {"nb": "utkast, ikke i kraft i verktøyet", "en": "draft, not in force in the tool"},
    "rulesets_note": {
        "nb": "Regelfilene er verktøyets lesning av avtalen. Avtalen er vedtatt av partene; regelfilene, og "
              "referanseverdiene og tersklene i dem, er det ikke. Regeleier er den som forvalter verktøyets "
              "regelfiler, ikke partene.",
        "en": "The rule files are the tool's reading of the agreement. The agreement is adopted by the parties; the "
              "rule files, and the reference values and thresholds in them, are not. The rule owner is whoever "
              "maintains the tool's rule files, not the parties."},
    "version": {"nb": "Versjon", "en": "Version"},
    "file": {"nb": "Fil", "en": "File"},
    "hash": {"nb": "Sjekksum", "en": "Hash"},
    "inputs": {"nb": "Inndatafiler", "en": "Input files"},
    "status": {"nb": "Status", "en": "Status"},
    # terminal
    "progress_data": {"nb": "Leser data fra {path}", "en": "Reading data from {path}"},
    "progress_rules": {"nb": "Leser regler fra {path}", "en": "Reading rules from {path}"},
    "progress_evaluate": {"nb": "Vurderer {years}", "en": "Evaluating {years}"},
    "progress_write": {"nb": "Skriver evalueringen til {path}", "en": "Writing the evaluation to {path}"},
    "written_to": {"nb": "Evalueringen er skrevet til", "en": "The evaluation is written to"},
    "open_report": {"nb": "Åpne rapporten", "en": "Open the report"},
}


def t(key: str, lang: str, **values: object) -> str:
    text = TEXTS[key][lang]
    return text.format(**values) if values else text


# What each goal's indicators do not measure, said beside its status (review of the period, item 4): the agreement's
# words the indicators leave out.
GOAL_NOT_MEASURED: dict[str, dict[str, str]] = {
    "hovedmaal-1": {
        "nb": "Om partene har klargjort rammene, er ikke målt: tallene avhenger av kommunenes egne vedtak, og hver "
              "kommune avgjør selv hvor mange den bosetter.",
        "en": "Whether the parties prepared the frames is not measured: the figures depend on the kommuner's own "
              "vedtak, and each kommune decides for itself how many it settles."},
    "hovedmaal-2": {
        "nb": "Målt er bare statistikk hver måned og varsel før store endringer i kapasiteten; rutinene ved drift av "
              "plasser og ved bosetting er ikke målt.",
        "en": "Only monthly statistics and notice before large changes of capacity are measured; the routines for "
              "running places and for settlement are not measured."},
    "hovedmaal-3": {
        "nb": "Målt er bare om dialog og tiltak er dokumentert; om dialogen er god, er ikke målt.",
        "en": "Only whether dialogue and tiltak are documented is measured; whether the dialogue is good is not."},
    "resultatmaal-bosetting": {
        "nb": "Om bosettingen fulgte gjeldende regelverk, nasjonale mål og kriterier, er ikke målt.",
        "en": "Whether settlement followed the rules in force, the national goals and the criteria is not measured."},
    "resultatmaal-mottak": {
        "nb": "Målt er bare varslingen; veiledning i driftsfasen, dialogen i driftsperioden og anskaffelsesrammene er "
              "ikke målt.",
        "en": "Only the notices are measured; guidance in the operating phase, the dialogue during operation and the "
              "procurement frames are not measured."},
}


# The parties' names, from the rule files in bokmål, as the English report gives them (review of the period, item
# 29): the English name, with the Norwegian one where it is the name the reader will meet. The longer names first:
# a directorate's name holds words of a ministry's.
PARTY_NAMES_EN: tuple[tuple[str, str], ...] = (
    ("Partene (KS og staten)", "The parties (KS and the state)"),
    ("Integrerings- og mangfoldsdirektoratet (IMDi)", "the Directorate of Integration and Diversity (IMDi)"),
    ("Barne-, ungdoms- og familiedirektoratet (Bufdir)", "the Directorate for Children, Youth and Family Affairs "
                                                         "(Bufdir)"),
    ("Utlendingsdirektoratet (UDI)", "the Directorate of Immigration (UDI)"),
    ("Arbeids- og inkluderingsdepartementet", "the Ministry of Labour and Social Inclusion"),
    ("Justis- og beredskapsdepartementet", "the Ministry of Justice and Public Security"),
    ("Barne- og familiedepartementet", "the Ministry of Children and Families"),
    ("Kommunal- og distriktsdepartementet", "the Ministry of Local Government and Regional Development"),
    ("Husbanken", "Husbanken (the Norwegian State Housing Bank)"),
    (" gjennom ", " through "),
    (" og ", " and "),
)
