<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Per class (test)</source>
        <translation>Pro Klasse (Test)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>validation F1</source>
        <translation>Validierungs-F1</translation>
    </message>
    <message>
        <source>Confusion matrix (test)</source>
        <translation>Konfusionsmatrix (Test)</translation>
    </message>
    <message>
        <source>Multi-label: how often a true label (row) co-occurs with a predicted label (column).</source>
        <translation>Multi-Label: wie oft ein wahres Label (Zeile) zusammen mit einem vorhergesagten Label (Spalte) auftritt.</translation>
    </message>
    <message>
        <source>Rows: true label; columns: predicted label.</source>
        <translation>Zeilen: wahres Label; Spalten: vorhergesagtes Label.</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>Ablation: %1</source>
        <translation>Ablation: %1</translation>
    </message>
    <message>
        <source>Most confident mistakes (test)</source>
        <translation>Sicherste Fehler (Test)</translation>
    </message>
    <message>
        <source>No mistakes on the test split.</source>
        <translation>Keine Fehler im Test-Split.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>several per meme</source>
        <translation>mehrere je Meme</translation>
    </message>
    <message>
        <source>one per meme</source>
        <translation>eines je Meme</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>; best epoch %1 of %2, trained in %3 s on %4</source>
        <translation>; beste Epoche %1 von %2, trainiert in %3 s auf %4</translation>
    </message>
    <message>
        <source>Measured on MemeScope&apos;s synthetic demo memes: these figures show that the pipeline works, not how well a model reads real memes.</source>
        <translation>Gemessen an den synthetischen Demo-Memes von MemeScope: Diese Zahlen zeigen, dass die Pipeline funktioniert, nicht wie gut ein Modell echte Memes liest.</translation>
    </message>
    <message>
        <source>training loss (mean per epoch)</source>
        <translation>Trainingsverlust (Mittel je Epoche)</translation>
    </message>
    <message>
        <source>validation macro-F1</source>
        <translation>Validierungs-Makro-F1</translation>
    </message>
    <message>
        <source>validation weighted-F1</source>
        <translation>Validierungs-gewichtetes-F1</translation>
    </message>
    <message>
        <source>%1 memes in %2; %3 unlabelled, %4 labelled “no symptom”; %5 read by Tesseract.</source>
        <translation>%1 Memes in %2; %3 ohne Label, %4 als „kein Symptom“ gelabelt; %5 von Tesseract gelesen.</translation>
    </message>
    <message>
        <source>split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>memes</source>
        <translation>Memes</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Appendix: settings</source>
        <translation>Anhang: Einstellungen</translation>
    </message>
    <message>
        <source>Every setting, as MemeScope reads it back: %1</source>
        <translation>Alle Einstellungen, wie MemeScope sie wieder einliest: %1</translation>
    </message>
    <message>
        <source>text only (no image)</source>
        <translation>nur Text (kein Bild)</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>kein Symptom</translation>
    </message>
    <message>
        <source>given</source>
        <translation>vergeben</translation>
    </message>
    <message>
        <source>The dashed square is the part of the meme the vision encoder sees.</source>
        <translation>Das gestrichelte Quadrat ist der Teil des Memes, den der Bild-Encoder sieht.</translation>
    </message>
    <message>
        <source>settings unreadable (%1)</source>
        <translation>Einstellungen nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>%1, leak-free</source>
        <translation>%1, ohne Datenleck</translation>
    </message>
    <message>
        <source>Leakage: %1.</source>
        <translation>Datenleck: %1.</translation>
    </message>
    <message>
        <source>* Fewer than %1 test memes carry this label: its figures rest on a handful of memes and can move a lot with a few more.</source>
        <translation>* Weniger als %1 Test-Memes tragen dieses Label: Seine Werte beruhen auf einer Handvoll Memes und können sich mit wenigen weiteren stark verändern.</translation>
    </message>
    <message>
        <source>Intervals: 95 %, percentile bootstrap over the %1 test memes (%2 resamples%3, seed %4).</source>
        <translation>Konfidenzintervalle: 95 %, Perzentil-Bootstrap über die %1 Test-Memes (%2 Bootstrap-Stichproben%3, Seed %4).</translation>
    </message>
    <message>
        <source>, stratified by class</source>
        <translation>, nach Klasse stratifiziert</translation>
    </message>
    <message>
        <source>No intervals: %1.</source>
        <translation>Keine Konfidenzintervalle: %1.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>p = %1 (Holm %2): %3</source>
        <translation>p = %1 (Holm %2): %3</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterscheidet sich</translation>
    </message>
    <message>
        <source>may be noise</source>
        <translation>möglicherweise Rauschen</translation>
    </message>
    <message>
        <source>The heatmap in it is the relevance of each image region for the label the model wrongly gave (gradient-weighted attention rollout, Chefer, Gur &amp; Wolf 2021): what raised that label&apos;s score.</source>
        <translation>Die Heatmap darin ist die Relevanz jeder Bildregion für das Label, das das Modell fälschlich vergab (gradientengewichteter Attention-Rollout, Chefer, Gur &amp; Wolf 2021): was den Wert dieses Labels erhöhte.</translation>
    </message>
    <message numerus="yes">
        <source>%n heatmap(s) show the model&apos;s raw text-to-image attention averaged over the words (where it looked, not why), because relevance could not be computed: %1.</source>
        <translation>
            <numerusform>%n Heatmap zeigt die rohe Text-zu-Bild-Attention des Modells, gemittelt über die Wörter (wohin es sah, nicht warum), weil die Relevanz nicht berechnet werden konnte: %1.</numerusform>
            <numerusform>%n Heatmaps zeigen die rohe Text-zu-Bild-Attention des Modells, gemittelt über die Wörter (wohin es sah, nicht warum), weil die Relevanz nicht berechnet werden konnte: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no map</source>
        <translation>keine Karte</translation>
    </message>
    <message>
        <source>test macro-F1 (one seed per variant: no spread)</source>
        <translation>Test-Makro-F1 (ein Seed je Variante: keine Streuung)</translation>
    </message>
    <message>
        <source>test macro-F1 (mean ± std over seeds)</source>
        <translation>Test-Makro-F1 (Mittel ± Std. über Seeds)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>validation loss (classification)</source>
        <translation>Validierungsverlust (Klassifikation)</translation>
    </message>
    <message>
        <source>Seed-averaged: the mean of a variant&apos;s runs&apos; probabilities per test meme, with a 95 % percentile bootstrap over the test memes. p: paired approximate randomisation test of macro-F1 against the first variant, Holm-corrected across the variants; &apos;differs&apos; at 0.05 after the correction. Network alone: the network&apos;s test macro-F1 without the TF-IDF part validation blended in (*: the test figure includes it).</source>
        <translation>Über Seeds gemittelt: der Mittelwert der Wahrscheinlichkeiten der Läufe einer Variante je Test-Meme, mit einem 95-%-Perzentil-Bootstrap über die Test-Memes. p: gepaarter approximativer Randomisierungstest des Makro-F1 gegen die erste Variante, Holm-korrigiert über die Varianten; „unterscheidet sich“ bei 0,05 nach der Korrektur. Netz allein: der Test-Makro-F1 des Netzes ohne den TF-IDF-Teil, den die Validierung beigemischt hat (*: die Testzahl enthält ihn).</translation>
    </message>
</context>
<context>
    <name>memescope::Ablation</name>
    <message>
        <source>Full model</source>
        <translation>Vollständiges Modell</translation>
    </message>
    <message>
        <source>Without the TF-IDF (wide) part</source>
        <translation>Ohne den TF-IDF-(Wide-)Teil</translation>
    </message>
    <message>
        <source>Without contrastive alignment</source>
        <translation>Ohne kontrastive Ausrichtung</translation>
    </message>
    <message>
        <source>Without the mixture of experts</source>
        <translation>Ohne Mixture of Experts</translation>
    </message>
    <message>
        <source>Concatenation instead of cross-attention</source>
        <translation>Verkettung statt Cross-Attention</translation>
    </message>
    <message>
        <source>Cross-attention on the summary token only</source>
        <translation>Cross-Attention nur auf dem Zusammenfassungs-Token</translation>
    </message>
    <message>
        <source>Text only (no image encoder)</source>
        <translation>Nur Text (kein Bild-Encoder)</translation>
    </message>
    <message>
        <source>Image only (no text encoder)</source>
        <translation>Nur Bild (kein Text-Encoder)</translation>
    </message>
    <message>
        <source>Tesseract&apos;s text instead of the dataset&apos;s</source>
        <translation>Tesseracts Text statt dem des Datensatzes</translation>
    </message>
    <message>
        <source>No text at all</source>
        <translation>Gar kein Text</translation>
    </message>
    <message>
        <source>With the figurative reasoning text</source>
        <translation>Mit dem Text der bildlichen Deutung</translation>
    </message>
    <message>
        <source>TF-IDF + logistic regression baseline</source>
        <translation>Baseline TF-IDF + logistische Regression</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>p = %1 (Holm %2) · %3</source>
        <translation>p = %1 (Holm %2) · %3</translation>
    </message>
    <message>
        <source>✓ differs</source>
        <translation>✓ unterscheidet sich</translation>
    </message>
    <message>
        <source>noise?</source>
        <translation>Rauschen?</translation>
    </message>
</context>
<context>
    <name>memescope::AblationDialog</name>
    <message>
        <source>Ablation Study</source>
        <translation>Ablationsstudie</translation>
    </message>
    <message>
        <source>Variants (each against the full model)</source>
        <translation>Varianten (jeweils gegen das vollständige Modell)</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Queue Study</source>
        <translation>Studie einreihen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Runs go into %1</source>
        <translation>Läufe kommen nach %1</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Showing the project&apos;s latest study, “%1”. Runs of a new one go into %2</source>
        <translation>Die neueste Studie des Projekts, „%1“. Läufe einer neuen kommen nach %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>ablation %1</source>
        <translation>Ablation %1</translation>
    </message>
    <message>
        <source>Queued %1 runs…</source>
        <translation>%1 Läufe eingereiht…</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3, seed %4 — epoch %5/%6, batch %7/%8</source>
        <translation>Lauf %1 von %2: %3, Seed %4 — Epoche %5/%6, Batch %7/%8</translation>
    </message>
    <message>
        <source>Cancelled; finished runs are kept (queue again to continue).</source>
        <translation>Abgebrochen; fertige Läufe bleiben erhalten (erneut einreihen, um fortzufahren).</translation>
    </message>
    <message>
        <source>Finished: %1 and %2</source>
        <translation>Fertig: %1 und %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export Ablation Table</source>
        <translation>Ablationstabelle exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>A study is running (see the Jobs panel); queue another when it has finished.</source>
        <translation>Eine Studie läuft (siehe Aufgaben-Bereich); starten Sie die nächste, wenn sie fertig ist.</translation>
    </message>
    <message numerus="yes">
        <source>Ablation study (%n run(s))</source>
        <translation>
            <numerusform>Ablationsstudie (%n Lauf)</numerusform>
            <numerusform>Ablationsstudie (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Small (tiny)</source>
        <translation>Klein (tiny)</translation>
    </message>
    <message>
        <source>Reference design (seed)</source>
        <translation>Referenzentwurf (seed)</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>Each variant is trained once per seed; with 3 or more the table shows mean ± standard deviation</source>
        <translation>Jede Variante wird einmal je Seed trainiert; ab 3 zeigt die Tabelle Mittelwert ± Standardabweichung</translation>
    </message>
    <message>
        <source>as the model size says</source>
        <translation>wie die Modellgröße vorgibt</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>: the baseline alone trains in seconds.</source>
        <translation>: Die Baseline allein trainiert in Sekunden.</translation>
    </message>
    <message>
        <source>The variant&apos;s runs&apos; probabilities averaged per test meme, scored with a 95 % bootstrap interval over the test memes (known when the study has finished)</source>
        <translation>Die Wahrscheinlichkeiten der Läufe der Variante, je Test-Meme gemittelt, bewertet mit einem 95-%-Bootstrap-Intervall über die Test-Memes (bekannt, sobald die Studie beendet ist)</translation>
    </message>
    <message>
        <source>Paired approximate randomisation test of macro-F1 against the first variant, Holm-corrected across the variants: ✓ differs at 0.05, otherwise the difference may be noise</source>
        <translation>Gepaarter approximativer Randomisierungstest des Makro-F1 gegen die erste Variante, Holm-korrigiert über die Varianten: ✓ unterscheidet sich bei 0,05, sonst kann der Unterschied Rauschen sein</translation>
    </message>
    <message>
        <source>Test
macro-F1</source>
        <translation>Test-
Makro-F1</translation>
    </message>
    <message>
        <source>Seed-averaged
(95 %)</source>
        <translation>Über Seeds gemittelt
(95 %)</translation>
    </message>
    <message>
        <source>vs the first
variant</source>
        <translation>gegen die erste
Variante</translation>
    </message>
    <message>
        <source>Test
weighted-F1</source>
        <translation>Test-
gewichteter F1</translation>
    </message>
    <message>
        <source>Val
macro-F1</source>
        <translation>Val-
Makro-F1</translation>
    </message>
    <message>
        <source>Network alone
(test macro-F1)</source>
        <translation>Netz allein
(Test-Makro-F1)</translation>
    </message>
    <message>
        <source>The network&apos;s test macro-F1 without the TF-IDF part that validation may blend in (* where it did: the Test macro-F1 column includes it, so a text-only variant can equal the baseline)</source>
        <translation>Der Test-Makro-F1 des Netzes ohne den TF-IDF-Teil, den die Validierung beimischen kann (* wo sie es tat: die Spalte Test-Makro-F1 enthält ihn, sodass eine Nur-Text-Variante der Baseline gleichen kann)</translation>
    </message>
    <message>
        <source>, %1 epochs in all: %2 %3 on this machine.</source>
        <translation>, insgesamt %1 Epochen: %2 %3 auf diesem Rechner.</translation>
    </message>
    <message>
        <source>at most about</source>
        <translation>höchstens etwa</translation>
    </message>
    <message>
        <source>about</source>
        <translation>etwa</translation>
    </message>
    <message numerus="yes">
        <source>From %n epoch(s) this project measured: %1 of the %2 variants trained here before and take their own epoch time, the others are scaled by their arithmetic per meme (without the image encoder a variant trains many times faster); %3 per run outside the epochs.</source>
        <translation>
            <numerusform>Aus %n in diesem Projekt gemessenen Epoche: %1 der %2 Varianten wurden hier schon trainiert und nehmen ihre eigene Epochenzeit, die anderen werden nach ihrem Rechenaufwand je Meme skaliert (ohne den Bild-Encoder trainiert eine Variante um ein Vielfaches schneller); %3 je Lauf außerhalb der Epochen.</numerusform>
            <numerusform>Aus %n in diesem Projekt gemessenen Epochen: %1 der %2 Varianten wurden hier schon trainiert und nehmen ihre eigene Epochenzeit, die anderen werden nach ihrem Rechenaufwand je Meme skaliert (ohne den Bild-Encoder trainiert eine Variante um ein Vielfaches schneller); %3 je Lauf außerhalb der Epochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 epochs in all. No neural run has finished in this project yet, so there is no measured epoch time to estimate from.</source>
        <translation>, insgesamt %1 Epochen. In diesem Projekt ist noch kein neuronaler Lauf fertig, es gibt also keine gemessene Epochenzeit für eine Schätzung.</translation>
    </message>
    <message>
        <source>Validation blended the TF-IDF part into this variant&apos;s predictions, so its test figure is partly the baseline&apos;s: this is the network alone</source>
        <translation>Die Validierung hat den TF-IDF-Teil in die Vorhersagen dieser Variante gemischt, ihre Testzahl ist also teils die der Baseline: dies ist das Netz allein</translation>
    </message>
    <message>
        <source>test macro-F1 (one seed)</source>
        <translation>Test-Makro-F1 (ein Seed)</translation>
    </message>
    <message>
        <source>test macro-F1 (mean ± std)</source>
        <translation>Test-Makro-F1 (Mittel ± Std.)</translation>
    </message>
    <message>
        <source>Train the fusion and heads only (encoders frozen; features cached)</source>
        <translation>Nur Fusion und Köpfe trainieren (Encoder fest, Merkmale im Cache)</translation>
    </message>
    <message>
        <source>Every variant keeps both encoders frozen whole; what they make of each meme is computed once and shared by all variants with the same encoders.</source>
        <translation>Jede Variante lässt beide Encoder vollständig eingefroren; was sie aus jedem Meme machen, wird einmal berechnet und von allen Varianten mit denselben Encodern geteilt.</translation>
    </message>
    <message>
        <source>Frozen encoders train from cached features: their cache is built once for the variants that share it (%1 of the total).</source>
        <translation>Eingefrorene Encoder trainieren aus zwischengespeicherten Merkmalen: ihr Zwischenspeicher wird einmal für die Varianten gebaut, die ihn teilen (%1 der Gesamtzeit).</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3, seed %4 — the frozen encoders&apos; features, meme %5 of %6 (computed once for the variants that share them)</source>
        <translation>Lauf %1 von %2: %3, Seed %4 — Merkmale der eingefrorenen Encoder, Meme %5 von %6 (einmal berechnet für die Varianten, die sie teilen)</translation>
    </message>
</context>
<context>
    <name>memescope::AgreementDialog</name>
    <message>
        <source>Annotator Agreement</source>
        <translation>Übereinstimmung der Annotatoren</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s): %1.</source>
        <translation>
            <numerusform>%n Annotator: %1.</numerusform>
            <numerusform>%n Annotatoren: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement needs at least two annotators (set yours with Label ▸ Set Annotator).</source>
        <translation>Übereinstimmung braucht mindestens zwei Annotatoren (Ihren Namen setzen Sie unter Label ▸ Annotator festlegen).</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>Shared memes</source>
        <translation>Gemeinsame Memes</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s κ</source>
        <translation>Mittleres Cohens κ</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>κ %1</source>
        <translation>κ %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>%1 × %2 disagree</source>
        <translation>%1 × %2 uneinig</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ (all)</source>
        <translation>Fleiss&apos; κ (alle)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α over the %1 memes two or more annotators labelled: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Krippendorffs α über die %1 Memes, die mindestens zwei Annotatoren gelabelt haben: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (all)</source>
        <translation>Krippendorffs α (alle)</translation>
    </message>
    <message>
        <source>not shown: fewer than 20 memes</source>
        <translation>nicht angezeigt: weniger als 20 Memes</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation>nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>(95 % interval: %1).</source>
        <translation>(Konfidenzintervall 95 %: %1).</translation>
    </message>
    <message>
        <source>Intervals: percentile bootstrap over the memes (%1 resamples, seed %2); multi-label figures are means over the labels.</source>
        <translation>Konfidenzintervalle: Perzentil-Bootstrap über die Memes (%1 Bootstrap-Stichproben, Seed %2); Multi-Label-Werte sind Mittelwerte über die Labels.</translation>
    </message>
    <message>
        <source>Intervals: percentile bootstrap over the memes.</source>
        <translation>Konfidenzintervalle: Perzentil-Bootstrap über die Memes.</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Konfidenzintervall 95 %</translation>
    </message>
    <message>
        <source>95 % percentile-bootstrap interval of kappa (alpha in the Krippendorff row), resampling the memes</source>
        <translation>Konfidenzintervall 95 % von Kappa (in der Krippendorff-Zeile von Alpha), Perzentil-Bootstrap über die Memes</translation>
    </message>
    <message>
        <source>Raters:</source>
        <translation>Bewertende:</translation>
    </message>
    <message>
        <source>%1 (the dataset file&apos;s labels)</source>
        <translation>%1 (die Labels der Datensatzdatei)</translation>
    </message>
    <message>
        <source>Labels imported from a dataset file: one more rater only if you want the file compared with the people</source>
        <translation>Aus einer Datensatzdatei importierte Labels: nur dann eine weitere bewertende Instanz, wenn Sie die Datei mit den Menschen vergleichen wollen</translation>
    </message>
    <message>
        <source>Agreement needs at least two raters: tick another below, or the dataset file&apos;s labels to compare the people with them.</source>
        <translation>Übereinstimmung braucht mindestens zwei Bewertende: Haken Sie unten eine weitere an oder die Labels der Datensatzdatei, um die Menschen mit ihnen zu vergleichen.</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa over the %1 memes everyone labelled: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Fleiss&apos; Kappa über die %1 Memes, die alle gelabelt haben: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>memescope::AnalysisPanel</name>
    <message>
        <source>Test split</source>
        <translation>Test-Split</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Validierungs-Split</translation>
    </message>
    <message>
        <source>Training split</source>
        <translation>Trainings-Split</translation>
    </message>
    <message>
        <source>All labelled</source>
        <translation>Alle gelabelten</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>%1: truth %2, predicted %3</source>
        <translation>%1: wahr %2, vorhergesagt %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>true %1 → predicted %2</source>
        <translation>wahr %1 → vorhergesagt %2</translation>
    </message>
    <message>
        <source>True vs predicted co-occurrence</source>
        <translation>Gemeinsames Auftreten wahr/vorhergesagt</translation>
    </message>
    <message>
        <source>Per-label 2 × 2</source>
        <translation>2 × 2 pro Label</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>No labelled memes with predictions in this split.</source>
        <translation>Keine gelabelten Memes mit Vorhersagen in diesem Split.</translation>
    </message>
    <message>
        <source>Select a run (toolbar) to analyse its errors.</source>
        <translation>Wählen Sie einen Lauf (Werkzeugleiste), um seine Fehler zu analysieren.</translation>
    </message>
    <message>
        <source>%1 memes · accuracy %2 · macro-F1 %3 · weighted-F1 %4 · micro-F1 %5</source>
        <translation>%1 Memes · Genauigkeit %2 · Makro-F1 %3 · gewichteter F1 %4 · Mikro-F1 %5</translation>
    </message>
    <message>
        <source>true: %1</source>
        <translation>wahr: %1</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>true label</source>
        <translation>wahres Label</translation>
    </message>
    <message>
        <source>predicted label</source>
        <translation>vorhergesagtes Label</translation>
    </message>
    <message>
        <source>%1 sure</source>
        <translation>%1 sicher</translation>
    </message>
    <message>
        <source>Wrong predictions the model was most sure of. Click one to inspect it.</source>
        <translation>Falsche Vorhersagen, bei denen das Modell am sichersten war. Zum Ansehen anklicken.</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>Sicherste Fehler</translation>
    </message>
    <message>
        <source>p(given) %1</source>
        <translation>p(vergeben) %1</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>Vermutete Labelfehler</translation>
    </message>
    <message>
        <source>F1 (95 % interval)</source>
        <translation>F1 (Konfidenzintervall 95 %)</translation>
    </message>
    <message>
        <source>Figures from fewer than %1 memes: the interval is wide</source>
        <translation>Werte aus weniger als %1 Memes: das Konfidenzintervall ist breit</translation>
    </message>
    <message>
        <source>No interval: %1</source>
        <translation>Kein Konfidenzintervall: %1</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>95 % bootstrap intervals</source>
        <translation>95-%-Bootstrap-Intervalle</translation>
    </message>
    <message>
        <source>First the memes whose reposts carry other labels (marked as duplicates; see Duplicates), then those whose given labels get the lowest probability from the model: perhaps mislabelled. Select one and press a label key to relabel it.</source>
        <translation>Zuerst die Memes, deren Reposts andere Labels tragen (als Duplikate markiert; siehe Duplikate), dann jene, deren vergebene Labels vom Modell die niedrigste Wahrscheinlichkeit bekommen: vielleicht falsch gelabelt. Eines auswählen und eine Label-Taste drücken, um es neu zu labeln.</translation>
    </message>
</context>
<context>
    <name>memescope::AttentionView</name>
    <message>
        <source>OCR boxes</source>
        <translation>OCR-Rahmen</translation>
    </message>
    <message>
        <source>Tesseract&apos;s word boxes, red (unsure) to green (confident)</source>
        <translation>Tesseracts Wortrahmen, rot (unsicher) bis grün (sicher)</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Deckkraft der Heatmap</translation>
    </message>
    <message>
        <source>The caption&apos;s words as the model read them: pick one to see where it looks</source>
        <translation>Die Wörter der Bildunterschrift, wie das Modell sie las: eines wählen, um zu sehen, wohin es schaut</translation>
    </message>
    <message numerus="yes">
        <source>read by the model as %n piece(s)</source>
        <translation>
            <numerusform>vom Modell als %n Teil gelesen</numerusform>
            <numerusform>vom Modell als %n Teile gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>This model&apos;s fusion has no token-level attention to draw.</source>
        <translation>Die Fusion dieses Modells hat keine Aufmerksamkeit auf Token-Ebene zum Zeichnen.</translation>
    </message>
    <message>
        <source>No image: nothing to attend to.</source>
        <translation>Kein Bild: nichts, worauf zu achten wäre.</translation>
    </message>
    <message>
        <source>“%1” is not among the words the model read</source>
        <translation>„%1“ ist nicht unter den Wörtern, die das Modell las</translation>
    </message>
    <message>
        <source>Where “%1” looks in the image (model attention, averaged over %2 layers × %3 heads)</source>
        <translation>Wohin „%1“ im Bild schaut (Aufmerksamkeit des Modells, gemittelt über %2 Schichten × %3 Köpfe)</translation>
    </message>
    <message>
        <source>That region is outside the square the vision encoder sees (dashed).</source>
        <translation>Dieser Bereich liegt außerhalb des Quadrats, das der Bild-Encoder sieht (gestrichelt).</translation>
    </message>
    <message>
        <source>attention from the region: %1</source>
        <translation>Aufmerksamkeit aus dem Bereich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Words the %n selected patch(es) attend to, brightest = most</source>
        <translation>
            <numerusform>Wörter, auf die das %n gewählte Feld achtet, am hellsten = am meisten</numerusform>
            <numerusform>Wörter, auf die die %n gewählten Felder achten, am hellsten = am meisten</numerusform>
        </translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Relevance: gradient-weighted attention rollout (Chefer et al. 2021), what raised the class&apos;s score. Integrated gradients (Sundararajan et al. 2017): slower, axiomatic. Raw attention: where the model looked, not why.</source>
        <translation>Relevanz: gradientengewichteter Attention-Rollout (Chefer et al. 2021), was den Wert der Klasse erhöhte. Integrated Gradients (Sundararajan et al. 2017): langsamer, axiomatisch. Rohe Attention: wohin das Modell sah, nicht warum.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>The label whose score is explained (the predicted one by default)</source>
        <translation>Das Label, dessen Wert erklärt wird (standardmäßig das vorhergesagte)</translation>
    </message>
    <message>
        <source>Word weights</source>
        <translation>Wortgewichte</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Integrated gradients</source>
        <translation>Integrated Gradients</translation>
    </message>
    <message>
        <source>Raw attention</source>
        <translation>Rohe Attention</translation>
    </message>
    <message>
        <source>This model has no token-level attention for this meme</source>
        <translation>Dieses Modell hat für dieses Meme keine Attention auf Token-Ebene</translation>
    </message>
    <message>
        <source>%1 (predicted)</source>
        <translation>%1 (vorhergesagt)</translation>
    </message>
    <message>
        <source>This model&apos;s fusion has no token-level attention to draw: choose Relevance.</source>
        <translation>Die Fusion dieses Modells hat keine Attention auf Token-Ebene: Relevanz wählen.</translation>
    </message>
    <message>
        <source>%1 for “%2”: %3</source>
        <translation>%1 für „%2“: %3</translation>
    </message>
    <message>
        <source>%1 for “%2”: what raised the class&apos;s score, in the picture and the words (brightest = most).</source>
        <translation>%1 für „%2“: was den Wert der Klasse erhöhte, im Bild und in den Wörtern (am hellsten = am meisten).</translation>
    </message>
    <message>
        <source>%1 for “%2”: each word&apos;s coefficient × tf-idf in the TF-IDF model (brightest = raises the score most); the model does not see the picture.</source>
        <translation>%1 für „%2“: Koeffizient × TF-IDF jedes Worts im TF-IDF-Modell (am hellsten = erhöht den Wert am meisten); das Modell sieht das Bild nicht.</translation>
    </message>
    <message>
        <source>%1 for “%2”: no image, so the words alone (brightest = most).</source>
        <translation>%1 für „%2“: kein Bild, also nur die Wörter (am hellsten = am meisten).</translation>
    </message>
    <message>
        <source>%1 for “%2”: nothing in the picture raised the class&apos;s score; the words are coloured by what did.</source>
        <translation>%1 für „%2“: nichts im Bild erhöhte den Wert der Klasse; die Wörter sind nach dem gefärbt, was ihn erhöhte.</translation>
    </message>
    <message>
        <source>Negative attributions (against the class) are not drawn; completeness gap %1.</source>
        <translation>Negative Attributionen (gegen die Klasse) werden nicht gezeichnet; Vollständigkeitslücke %1.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Dragging over the image shows which words look there: choose Raw attention.</source>
        <translation>Ziehen über das Bild zeigt, welche Wörter dorthin sehen: Rohe Attention wählen.</translation>
    </message>
</context>
<context>
    <name>memescope::BrowserView</name>
    <message>
        <source>This project has no memes yet. Import a dataset (File ▸ Import) or drop images here.</source>
        <translation>Dieses Projekt hat noch keine Memes. Einen Datensatz importieren (Datei ▸ Importieren) oder Bilder hierher ziehen.</translation>
    </message>
    <message>
        <source>Every meme is labelled: the labelling queue is empty.

Press Ctrl+U to leave the queue.</source>
        <translation>Jedes Meme ist gelabelt: Die Label-Warteschlange ist leer.

Strg+U verlässt die Warteschlange.</translation>
    </message>
    <message>
        <source>No meme matches the filter.</source>
        <translation>Kein Meme passt zum Filter.</translation>
    </message>
    <message>
        <source>Nothing to review: no reposts with conflicting labels (View ▸ Duplicates finds them) and no labelled meme the selected run disagrees with.

Press Ctrl+Shift+U to leave the queue.</source>
        <translation>Nichts zu prüfen: keine Reposts mit widersprüchlichen Labels (Ansicht ▸ Duplikate findet sie) und kein gelabeltes Meme, dem der gewählte Lauf widerspricht.

Strg+Umschalt+U verlässt die Warteschlange.</translation>
    </message>
</context>
<context>
    <name>memescope::ConfusionMatrixWidget</name>
    <message>
        <source>Select a run to see its confusion matrix</source>
        <translation>Wählen Sie einen Lauf, um seine Konfusionsmatrix zu sehen</translation>
    </message>
    <message>
        <source>share of the row&apos;s memes</source>
        <translation>Anteil an den Memes der Zeile</translation>
    </message>
    <message>
        <source>%1: %2 · %3: %4 — %5 memes, %6 % of the row (click to show them)</source>
        <translation>%1: %2 · %3: %4 — %5 Memes, %6 % der Zeile (klicken, um sie zu zeigen)</translation>
    </message>
</context>
<context>
    <name>memescope::DuplicateGroupDelegate</name>
    <message>
        <source>text ≥ %1</source>
        <translation>Text ≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>image ≤ %n bit(s)</source>
        <translation>
            <numerusform>Bild ≤ %n Bit</numerusform>
            <numerusform>Bild ≤ %n Bit</numerusform>
        </translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>kein Split</translation>
    </message>
    <message numerus="yes">
        <source>+%n more

show all in the gallery</source>
        <translation>
            <numerusform>+%n weiteres

alle in der Galerie zeigen</numerusform>
            <numerusform>+%n weitere

alle in der Galerie zeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s)</source>
        <translation>
            <numerusform>%n Meme</numerusform>
            <numerusform>%n Memes</numerusform>
        </translation>
    </message>
    <message>
        <source>leak</source>
        <translation>Datenleck</translation>
    </message>
    <message>
        <source>conflicting labels</source>
        <translation>widersprüchliche Labels</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>kein Symptom</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meme(s)</source>
        <translation>
            <numerusform>%1: %n Meme</numerusform>
            <numerusform>%1: %n Memes</numerusform>
        </translation>
    </message>
    <message>
        <source>Leak: its members are in the %1 splits, so a model is tested on what it has seen</source>
        <translation>Datenleck: Die Memes der Gruppe liegen in den Splits %1, ein Modell wird also an Memes getestet, die es schon gesehen hat</translation>
    </message>
    <message>
        <source>Conflicting labels: the same meme is labelled differently</source>
        <translation>Widersprüchliche Labels: Dasselbe Meme ist unterschiedlich gelabelt</translation>
    </message>
    <message>
        <source>Captions match with a similarity of %1 or more (1 = the same words)</source>
        <translation>Die Bildunterschriften stimmen mit einer Ähnlichkeit von mindestens %1 überein (1 = dieselben Wörter)</translation>
    </message>
    <message numerus="yes">
        <source>Pictures match within %n bit(s) of their perceptual hashes (0 = the same picture)</source>
        <translation>
            <numerusform>Die Bilder stimmen bis auf %n Bit ihrer perzeptuellen Hashes überein (0 = dasselbe Bild)</numerusform>
            <numerusform>Die Bilder stimmen bis auf %n Bit ihrer perzeptuellen Hashes überein (0 = dasselbe Bild)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a meme to inspect it</source>
        <translation>Meme anklicken, um es anzusehen</translation>
    </message>
    <message>
        <source>%1 · %2 split</source>
        <translation>%1 · Split: %2</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Ohne Label</translation>
    </message>
    <message>
        <source>Labels: no symptom</source>
        <translation>Labels: kein Symptom</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Nur Text</translation>
    </message>
    <message numerus="yes">
        <source>%n more meme(s) of this group: click to show the whole group in the gallery</source>
        <translation>
            <numerusform>%n weiteres Meme dieser Gruppe: klicken, um die ganze Gruppe in der Galerie zu zeigen</numerusform>
            <numerusform>%n weitere Memes dieser Gruppe: klicken, um die ganze Gruppe in der Galerie zu zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>picture ≥ %1</source>
        <translation>Motiv ≥ %1</translation>
    </message>
    <message>
        <source>Pictures match where neither meme shows text: at least %1 of it has the same colour, and the same objects and edges (1 = all of it)</source>
        <translation>Die Bilder stimmen dort überein, wo keines der Memes Text zeigt: mindestens %1 davon hat dieselbe Farbe, dazu dieselben Objekte und Kanten (1 = alles)</translation>
    </message>
</context>
<context>
    <name>memescope::DuplicateGroupsModel</name>
    <message numerus="yes">
        <source>%1, %n meme(s)</source>
        <translation>
            <numerusform>%1, %n Meme</numerusform>
            <numerusform>%1, %n Memes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memescope::Duplicates</name>
    <message>
        <source>Same meme</source>
        <translation>Gleiches Meme</translation>
    </message>
    <message>
        <source>Same text, other image</source>
        <translation>Gleicher Text, anderes Bild</translation>
    </message>
    <message>
        <source>Same image, other text</source>
        <translation>Gleiches Bild, anderer Text</translation>
    </message>
    <message>
        <source>Same text (text only)</source>
        <translation>Gleicher Text (nur Text)</translation>
    </message>
    <message>
        <source>Mixed (image and text links)</source>
        <translation>Gemischt (Bild- und Textverknüpfungen)</translation>
    </message>
</context>
<context>
    <name>memescope::DuplicatesView</name>
    <message>
        <source>How alike two captions must be to count as the same text: the share of word pairs they have in common (Jaccard similarity), after case, punctuation, handles and watermarks are removed. 1 = the same words only; lower also matches captions with a few words changed. Very short captions are not compared.</source>
        <translation>Wie ähnlich sich zwei Bildunterschriften sein müssen, um als derselbe Text zu gelten: der Anteil gemeinsamer Wortpaare (Jaccard-Ähnlichkeit), nachdem Groß- und Kleinschreibung, Satzzeichen, Handles und Wasserzeichen entfernt wurden. 1 = nur dieselben Wörter; niedrigere Werte erfassen auch Bildunterschriften mit einigen geänderten Wörtern. Sehr kurze Bildunterschriften werden nicht verglichen.</translation>
    </message>
    <message>
        <source>Text similarity ≥</source>
        <translation>Textähnlichkeit ≥</translation>
    </message>
    <message>
        <source>How alike two pictures must be to count as the same image: the number of differing bits of their 64-bit perceptual hashes. 0 = the same picture only; about 10 also matches a picture rescaled, re-encoded, stamped or lightly cropped; more risks matching different pictures. Pictures under different captions must be closer still to link their memes.</source>
        <translation>Wie ähnlich sich zwei Bilder sein müssen, um als dasselbe Bild zu gelten: die Zahl der abweichenden Bits ihrer perzeptuellen 64-Bit-Hashes. 0 = nur dasselbe Bild; etwa 10 erfasst auch ein skaliertes, neu kodiertes, mit einem Stempel versehenes oder leicht beschnittenes Bild; mehr birgt das Risiko, verschiedene Bilder zusammenzuführen. Bilder unter verschiedenen Bildunterschriften müssen sich noch näher sein, um ihre Memes zu verknüpfen.</translation>
    </message>
    <message>
        <source>Image distance ≤</source>
        <translation>Bildabstand ≤</translation>
    </message>
    <message>
        <source> bits</source>
        <translation> Bit</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>Hash the pictures not hashed yet, then group the memes that repeat each other under these settings (they become the project&apos;s)</source>
        <translation>Noch nicht gehashte Bilder hashen, dann die Memes gruppieren, die sich mit diesen Einstellungen wiederholen (sie werden zu den Einstellungen des Projekts)</translation>
    </message>
    <message>
        <source>Settings changed: Find Duplicates applies them</source>
        <translation>Einstellungen geändert: „Duplikate finden“ wendet sie an</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Leaks only</source>
        <translation>Nur Datenlecks</translation>
    </message>
    <message>
        <source>Groups whose members are in more than one of the training, validation and test splits</source>
        <translation>Gruppen, deren Memes in mehr als einem der Splits Training, Validierung und Test liegen</translation>
    </message>
    <message>
        <source>Conflicting labels only</source>
        <translation>Nur widersprüchliche Labels</translation>
    </message>
    <message>
        <source>Groups whose labelled members are labelled differently</source>
        <translation>Gruppen, deren gelabelte Memes unterschiedlich gelabelt sind</translation>
    </message>
    <message>
        <source>a duplicate group (%1)</source>
        <translation>eine Duplikatgruppe (%1)</translation>
    </message>
    <message numerus="yes">
        <source>No duplicates among %n meme(s) under these settings</source>
        <translation>
            <numerusform>Keine Duplikate unter %n Meme mit diesen Einstellungen</numerusform>
            <numerusform>Keine Duplikate unter %n Memes mit diesen Einstellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) holding %1 memes</source>
        <translation>
            <numerusform>%n Gruppe mit %1 Memes</numerusform>
            <numerusform>%n Gruppen mit %1 Memes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leak(s) across splits (%1)</source>
        <translation>
            <numerusform>%n Datenleck zwischen Splits (%1)</numerusform>
            <numerusform>%n Datenlecks zwischen Splits (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no leaks across splits</source>
        <translation>keine Datenlecks zwischen Splits</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test meme(s) repeat a training or validation meme</source>
        <translation>
            <numerusform>%1 von %n Test-Meme wiederholt ein Trainings- oder Validierungs-Meme</numerusform>
            <numerusform>%1 von %n Test-Memes wiederholen ein Trainings- oder Validierungs-Meme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with conflicting labels</source>
        <translation>
            <numerusform>%n mit widersprüchlichen Labels</numerusform>
            <numerusform>%n mit widersprüchlichen Labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) without a hash compared by their text only</source>
        <translation>
            <numerusform>%n Bild ohne Hash nur über seinen Text verglichen</numerusform>
            <numerusform>%n Bilder ohne Hash nur über ihren Text verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) shown</source>
        <translation>
            <numerusform>%1 von %n Gruppe angezeigt</numerusform>
            <numerusform>%1 von %n Gruppen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project to find the memes that repeat each other.</source>
        <translation>Öffnen Sie ein Projekt, um die Memes zu finden, die sich gegenseitig wiederholen.</translation>
    </message>
    <message>
        <source>Looking for duplicates… (the Jobs panel shows how far it has got)</source>
        <translation>Suche nach Duplikaten… (der Bereich „Aufträge“ zeigt den Fortschritt)</translation>
    </message>
    <message>
        <source>Not searched yet. Find Duplicates compares every caption and picture of the project: the same meme uploaded again, a caption over another picture, a picture under another caption — and finds the groups that leak across the training, validation and test splits.</source>
        <translation>Noch nicht gesucht. „Duplikate finden“ vergleicht jede Bildunterschrift und jedes Bild des Projekts: dasselbe Meme erneut hochgeladen, eine Bildunterschrift über einem anderen Bild, ein Bild unter einer anderen Bildunterschrift — und findet die Gruppen, die ein Datenleck zwischen den Splits Training, Validierung und Test verursachen.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No memes repeat each other under these settings.</source>
        <translation>Mit diesen Einstellungen wiederholen sich keine Memes.</translation>
    </message>
    <message>
        <source>No group matches the filters.</source>
        <translation>Keine Gruppe passt zu den Filtern.</translation>
    </message>
    <message>
        <source>How alike two pictures must be to count as the same picture under another caption: the share of the picture, where neither meme shows text, that has the same colour in both. 1 = every part; 0.9 also matches a picture rescaled or re-encoded. The objects and edges must match as well, so pictures that only share a plain backdrop stay apart.</source>
        <translation>Wie ähnlich sich zwei Bilder sein müssen, um als dasselbe Bild unter einer anderen Bildunterschrift zu gelten: der Anteil des Bildes, wo keines der Memes Text zeigt, der in beiden dieselbe Farbe hat. 1 = jeder Teil; 0,9 erkennt auch ein skaliertes oder neu kodiertes Bild. Auch Objekte und Kanten müssen übereinstimmen, sodass Bilder, die nur einen schlichten Hintergrund teilen, getrennt bleiben.</translation>
    </message>
    <message>
        <source>Picture ≥</source>
        <translation>Motiv ≥</translation>
    </message>
</context>
<context>
    <name>memescope::EmbeddingScatter</name>
    <message>
        <source>Fused embedding</source>
        <translation>Fusioniertes Embedding</translation>
    </message>
    <message>
        <source>Text embedding</source>
        <translation>Text-Embedding</translation>
    </message>
    <message>
        <source>Image embedding</source>
        <translation>Bild-Embedding</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>Colour by true label</source>
        <translation>Nach wahrem Label färben</translation>
    </message>
    <message>
        <source>Colour by correctness</source>
        <translation>Nach Korrektheit färben</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>ungelabelt</translation>
    </message>
    <message>
        <source>no label / unlabelled</source>
        <translation>kein Label / ungelabelt</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <source>Draw around points to show those memes in the gallery</source>
        <translation>Um Punkte herum zeichnen, um diese Memes in der Galerie zu zeigen</translation>
    </message>
    <message>
        <source>click a point to inspect the meme; wheel zooms, drag pans</source>
        <translation>Punkt anklicken, um das Meme anzusehen; Mausrad zoomt, Ziehen verschiebt</translation>
    </message>
    <message>
        <source>Projecting the embeddings (t-SNE)…</source>
        <translation>Embeddings werden projiziert (t-SNE)…</translation>
    </message>
    <message>
        <source>Select a run (toolbar) to see its embeddings.</source>
        <translation>Einen Lauf wählen (Werkzeugleiste), um seine Embeddings zu sehen.</translation>
    </message>
    <message>
        <source>This run stored no %1. A TF-IDF baseline learns no embedding to project; neural runs store them for every meme.</source>
        <translation>Dieser Lauf hat kein %1 gespeichert. Eine TF-IDF-Baseline lernt kein Embedding zum Projizieren; neuronale Läufe speichern sie für jedes Meme.</translation>
    </message>
    <message>
        <source>None of this run&apos;s embeddings belong to memes still in the project.</source>
        <translation>Keines der Embeddings dieses Laufs gehört zu einem Meme, das noch im Projekt ist.</translation>
    </message>
    <message>
        <source>lasso in the embedding view</source>
        <translation>Lasso in der Embedding-Ansicht</translation>
    </message>
</context>
<context>
    <name>memescope::Explain</name>
    <message>
        <source>Raw attention</source>
        <translation>Rohe Attention</translation>
    </message>
    <message>
        <source>Integrated gradients</source>
        <translation>Integrierte Gradienten</translation>
    </message>
    <message>
        <source>Relevance (gradient-weighted rollout)</source>
        <translation>Relevanz (gradientengewichteter Rollout)</translation>
    </message>
    <message>
        <source>Word weights (coefficient × tf-idf)</source>
        <translation>Wortgewichte (Koeffizient × TF-IDF)</translation>
    </message>
    <message>
        <source>integrated gradients: %1 path points</source>
        <translation>Integrated Gradients: %1 Pfadpunkte</translation>
    </message>
</context>
<context>
    <name>memescope::Faithfulness</name>
    <message>
        <source>no meme to measure</source>
        <translation>kein Meme zu messen</translation>
    </message>
    <message>
        <source>testing the relevance maps</source>
        <translation>prüfe die Relevanzkarten</translation>
    </message>
    <message>
        <source>Random order (the floor)</source>
        <translation>Zufällige Reihenfolge (die Untergrenze)</translation>
    </message>
    <message>
        <source>Deletion: the class probability&apos;s mean fall (AOPC) as the most relevant 10-50 % of the picture&apos;s patches or the caption&apos;s words are removed; higher = more faithful.
</source>
        <translation>Löschen: der mittlere Abfall der Klassenwahrscheinlichkeit (AOPC), wenn die relevantesten 10–50 % der Bildfelder oder der Wörter entfernt werden; höher = treuer.
</translation>
    </message>
    <message>
        <source>Pointing game: the share of memes whose most relevant patch lies on the label&apos;s motif / whose most relevant word is one of the label&apos;s words; for the random floor, the share expected by chance.
</source>
        <translation>Pointing Game: der Anteil der Memes, deren relevantestes Feld auf dem Motiv des Labels liegt / deren relevantestes Wort eines der Wörter des Labels ist; für die Zufallsgrenze der zufällig erwartete Anteil.
</translation>
    </message>
    <message>
        <source>95 % percentile-bootstrap intervals over the memes in brackets.

</source>
        <translation>95-%-Perzentil-Bootstrap-Intervalle über die Memes in Klammern.

</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>AOPC picture</source>
        <translation>AOPC Bild</translation>
    </message>
    <message>
        <source>AOPC words</source>
        <translation>AOPC Wörter</translation>
    </message>
    <message>
        <source>motif hit</source>
        <translation>Motiv-Treffer</translation>
    </message>
    <message>
        <source>word hit</source>
        <translation>Wort-Treffer</translation>
    </message>
    <message>
        <source>s/meme</source>
        <translation>s/Meme</translation>
    </message>
    <message>
        <source>Paired differences (the same memes):</source>
        <translation>Gepaarte Differenzen (dieselben Memes):</translation>
    </message>
    <message>
        <source>%1 memes. Motif hits on the %2 whose drawn motif is one of their labels; word hits on the %3 whose caption holds words of their label.</source>
        <translation>%1 Memes. Motiv-Treffer auf den %2, deren gezeichnetes Motiv eines ihrer Labels ist; Wort-Treffer auf den %3, deren Text Wörter ihres Labels enthält.</translation>
    </message>
    <message>
        <source>(No truth file: the pointing game needs the demo&apos;s demo_truth.json, --truth.)</source>
        <translation>(Keine Wahrheitsdatei: das Pointing Game braucht die demo_truth.json der Demo, --truth.)</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>Cancelled: the figures cover the memes done so far.</source>
        <translation>Abgebrochen: die Zahlen decken die bisher fertigen Memes ab.</translation>
    </message>
</context>
<context>
    <name>memescope::FeatureCache</name>
    <message>
        <source>Frozen encoder features: at most %1 for %2 memes, computed once.</source>
        <translation>Merkmale der eingefrorenen Encoder: höchstens %1 für %2 Memes, einmal berechnet.</translation>
    </message>
    <message>
        <source>Frozen encoder features: %1 for %2 memes, computed once.</source>
        <translation>Merkmale der eingefrorenen Encoder: %1 für %2 Memes, einmal berechnet.</translation>
    </message>
    <message>
        <source>Building them takes about %1 (%2 memes/s measured here).</source>
        <translation>Sie zu berechnen dauert etwa %1 (%2 Memes/s, hier gemessen).</translation>
    </message>
    <message>
        <source>Building them takes one pass of the frozen layers over the memes (not measured here yet).</source>
        <translation>Sie zu berechnen kostet einen Durchlauf der eingefrorenen Schichten über die Memes (hier noch nicht gemessen).</translation>
    </message>
    <message>
        <source>The project&apos;s cache holds %1 now (memes already there are not computed again).</source>
        <translation>Der Zwischenspeicher des Projekts enthält jetzt %1 (Memes, die schon darin sind, werden nicht erneut berechnet).</translation>
    </message>
</context>
<context>
    <name>memescope::FilterBar</name>
    <message>
        <source>Search id, text, reasoning…</source>
        <translation>ID, Text, Begründung suchen…</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>Alle Splits</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Ungelabelt</translation>
    </message>
    <message>
        <source>OCR: any</source>
        <translation>OCR: alle</translation>
    </message>
    <message>
        <source>OCR done</source>
        <translation>OCR erledigt</translation>
    </message>
    <message>
        <source>OCR not done</source>
        <translation>OCR ausstehend</translation>
    </message>
    <message>
        <source>Predictions: any</source>
        <translation>Vorhersagen: alle</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Konf.</translation>
    </message>
    <message>
        <source>Confidence of the predicted label (needs a run)</source>
        <translation>Konfidenz des vorhergesagten Labels (braucht einen Lauf)</translation>
    </message>
    <message>
        <source>✕ Show all again</source>
        <translation>✕ Wieder alle anzeigen</translation>
    </message>
    <message>
        <source>Duplicates: any</source>
        <translation>Duplikate: alle</translation>
    </message>
    <message>
        <source>Has duplicates</source>
        <translation>Mit Duplikaten</translation>
    </message>
    <message>
        <source>Leaks into test</source>
        <translation>Datenleck in den Test</translation>
    </message>
    <message>
        <source>Memes that repeat another meme; test memes that repeat a training or validation meme</source>
        <translation>Memes, die ein anderes Meme wiederholen; Test-Memes, die ein Trainings- oder Validierungs-Meme wiederholen</translation>
    </message>
    <message>
        <source>Find duplicates first (View ▸ Duplicates)</source>
        <translation>Zuerst Duplikate finden (Ansicht ▸ Duplikate)</translation>
    </message>
</context>
<context>
    <name>memescope::GalleryTileDelegate</name>
    <message>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>kein Symptom</translation>
    </message>
    <message>
        <source>is: %1</source>
        <translation>ist: %1</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>nur Text</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Ohne Label</translation>
    </message>
    <message>
        <source>Labels: no symptom</source>
        <translation>Labels: kein Symptom</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Model: %1 (confidence %2)</source>
        <translation>Modell: %1 (Konfidenz %2)</translation>
    </message>
    <message>
        <source>A test meme that repeats a training or validation meme (View ▸ Duplicates)</source>
        <translation>Ein Test-Meme, das ein Trainings- oder Validierungs-Meme wiederholt (Ansicht ▸ Duplikate)</translation>
    </message>
    <message>
        <source>Repeats another meme (View ▸ Duplicates)</source>
        <translation>Wiederholt ein anderes Meme (Ansicht ▸ Duplikate)</translation>
    </message>
</context>
<context>
    <name>memescope::HeatLegend</name>
    <message>
        <source>Attention weight of each image patch (the patches of one word sum to 1): the colours span the lowest to the highest weight of the heatmap on show.</source>
        <translation>Aufmerksamkeitsgewicht jedes Bildfelds (die Felder eines Worts ergeben zusammen 1): Die Farben reichen vom niedrigsten bis zum höchsten Gewicht der gezeigten Heatmap.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
</context>
<context>
    <name>memescope::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 imported, %3 merged, %4 flagged, %5 skipped</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 importiert, %3 zusammengeführt, %4 markiert, %5 übersprungen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>memescope::InspectorPanel</name>
    <message>
        <source>No meme selected</source>
        <translation>Kein Meme ausgewählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labels&lt;/b&gt; (keys 1–9)</source>
        <translation>&lt;b&gt;Labels&lt;/b&gt; (Tasten 1–9)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modell&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a meme in the gallery</source>
        <translation>Wählen Sie ein Meme in der Galerie</translation>
    </message>
    <message>
        <source>Figurative reasoning</source>
        <translation>Figurative Begründung</translation>
    </message>
    <message>
        <source>Mental state</source>
        <translation>Mentaler Zustand</translation>
    </message>
    <message>
        <source>Cause and effect</source>
        <translation>Ursache und Wirkung</translation>
    </message>
    <message>
        <source>Figurative understanding</source>
        <translation>Figuratives Verständnis</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>kein Symptom</translation>
    </message>
    <message>
        <source>The model could not read this meme: %1</source>
        <translation>Das Modell konnte dieses Meme nicht lesen: %1</translation>
    </message>
    <message>
        <source>Space or a double-click on the image: the meme full size</source>
        <translation>Leertaste oder Doppelklick auf das Bild: das Meme in voller Größe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Words the model reads</source>
        <translation>Wörter, die das Modell liest</translation>
    </message>
    <message>
        <source>Label history</source>
        <translation>Label-Verlauf</translation>
    </message>
    <message>
        <source>The model&apos;s probability of “%1”</source>
        <translation>Die Wahrscheinlichkeit des Modells für „%1“</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>Das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Text only — no image (%1)</source>
        <translation>Nur Text – kein Bild (%1)</translation>
    </message>
    <message>
        <source>expert %1: %2 %</source>
        <translation>Experte %1: %2 %</translation>
    </message>
    <message numerus="yes">
        <source>The model routes every meme through %n expert network(s) and mixes their answers with these weights.</source>
        <translation>
            <numerusform>Das Modell leitet jedes Meme durch %n Expertennetz und mischt dessen Antwort mit diesem Gewicht.</numerusform>
            <numerusform>Das Modell leitet jedes Meme durch %n Expertennetze und mischt ihre Antworten mit diesen Gewichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Ihre Antwort: %1</translation>
    </message>
    <message>
        <source>You have not labelled this meme yet.</source>
        <translation>Sie haben dieses Meme noch nicht gelabelt.</translation>
    </message>
    <message>
        <source>Hidden while labelling blind</source>
        <translation>Beim blinden Labeln verborgen</translation>
    </message>
    <message>
        <source>Nobody has labelled this meme yet.</source>
        <translation>Noch niemand hat dieses Meme gelabelt.</translation>
    </message>
    <message numerus="yes">
        <source>Decided by %1 (adjudicator); %2 of %n annotator(s) chose it</source>
        <translation>
            <numerusform>Entschieden von %1 (Schiedsperson); %2 von %n Annotierenden wählte es</numerusform>
            <numerusform>Entschieden von %1 (Schiedsperson); %2 von %n Annotierenden wählten es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotator(s) chose this label</source>
        <translation>
            <numerusform>%1 von %n Annotierenden wählte dieses Label</numerusform>
            <numerusform>%1 von %n Annotierenden wählten dieses Label</numerusform>
        </translation>
    </message>
    <message>
        <source>the dataset file</source>
        <translation>die Datensatzdatei</translation>
    </message>
    <message>
        <source>model suggestion (%1)</source>
        <translation>Modellvorschlag (%1)</translation>
    </message>
    <message>
        <source>%1 (adjudicator)</source>
        <translation>%1 (Schiedsperson)</translation>
    </message>
    <message>
        <source>Mixture of experts: %1</source>
        <translation>Mixture of Experts: %1</translation>
    </message>
    <message numerus="yes">
        <source>Each label as the majority of %n annotator(s) chose it</source>
        <translation>
            <numerusform>Jedes Label so, wie die Mehrheit von %n Annotierenden es wählte</numerusform>
            <numerusform>Jedes Label so, wie die Mehrheit von %n Annotierenden es wählte</numerusform>
        </translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>Labelling blind: what the model reads and predicts is hidden.</source>
        <translation>Blind labeln: was das Modell liest und vorhersagt, ist verborgen.</translation>
    </message>
    <message>
        <source>Computing integrated gradients (progress and Cancel in the Jobs panel)…</source>
        <translation>Berechne Integrated Gradients (Fortschritt und Abbrechen im Aufgaben-Bereich)…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Berechne %1…</translation>
    </message>
    <message>
        <source>Integrated gradients · %1</source>
        <translation>Integrated Gradients · %1</translation>
    </message>
    <message>
        <source>Integrated gradients for %1 (completeness gap %2)</source>
        <translation>Integrated Gradients für %1 (Vollständigkeitslücke %2)</translation>
    </message>
    <message>
        <source>Cancelled: choose the method again to compute it.</source>
        <translation>Abgebrochen: die Methode erneut wählen, um sie zu berechnen.</translation>
    </message>
    <message>
        <source>No explanation: %1</source>
        <translation>Keine Erklärung: %1</translation>
    </message>
    <message>
        <source>The run&apos;s model could not be loaded (%1), so no relevance can be computed.</source>
        <translation>Das Modell des Laufs konnte nicht geladen werden (%1), daher lässt sich keine Relevanz berechnen.</translation>
    </message>
    <message>
        <source>The heatmap is the attention stored with the run: where the model looked, averaged over the words, not why.</source>
        <translation>Die Heatmap ist die mit dem Lauf gespeicherte Attention: wohin das Modell sah, gemittelt über die Wörter, nicht warum.</translation>
    </message>
</context>
<context>
    <name>memescope::JobRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h left</source>
        <translation>noch etwa %1 h</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
</context>
<context>
    <name>memescope::JobsPanel</name>
    <message>
        <source>Background jobs (import, OCR, training) appear here.</source>
        <translation>Hintergrundaufträge (Import, OCR, Training) erscheinen hier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>memescope::LabelingController</name>
    <message>
        <source>Label “%1”</source>
        <translation>Label „%1“</translation>
    </message>
    <message>
        <source>Label %1 memes “%2”</source>
        <translation>%1 Memes mit „%2“ labeln</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n meme(s) as no symptom</source>
        <translation>
            <numerusform>%n Meme als kein Symptom markieren</numerusform>
            <numerusform>%n Memes als kein Symptom markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set labels of %n meme(s)</source>
        <translation>
            <numerusform>Labels von %n Meme setzen</numerusform>
            <numerusform>Labels von %n Memes setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept model suggestion for %n meme(s)</source>
        <translation>
            <numerusform>Modellvorschlag für %n Meme übernehmen</numerusform>
            <numerusform>Modellvorschlag für %n Memes übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (adjudicated)</source>
        <translation>%1 (schiedsrichterlich)</translation>
    </message>
    <message numerus="yes">
        <source>Agree with the label of %n meme(s)</source>
        <translation>
            <numerusform>Dem Label von %n Meme zustimmen</numerusform>
            <numerusform>Den Labels von %n Memes zustimmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memescope::LabellingMenu</name>
    <message>
        <source>Auto-&amp;Advance After Labelling</source>
        <translation>Nach dem Labeln automatisch &amp;weiter</translation>
    </message>
    <message>
        <source>Toggle “%1”</source>
        <translation>„%1“ umschalten</translation>
    </message>
    <message>
        <source>Set “%1”</source>
        <translation>„%1“ setzen</translation>
    </message>
    <message>
        <source>No Symptom (clear labels)</source>
        <translation>Kein Symptom (Labels löschen)</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>&amp;Accept Model Suggestion</source>
        <translation>Modellvorschlag &amp;übernehmen</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Set A&amp;nnotator…</source>
        <translation>&amp;Annotator festlegen…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Annotator A&amp;greement…</source>
        <translation>Ü&amp;bereinstimmung der Annotatoren…</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Your name, recorded with every label you set:</source>
        <translation>Ihr Name, der mit jedem gesetzten Label gespeichert wird:</translation>
    </message>
    <message numerus="yes">
        <source>Labelling queue: %n unlabelled meme(s), the model&apos;s least certain first</source>
        <translation>
            <numerusform>Label-Warteschlange: %n ungelabeltes Meme, das unsicherste des Modells zuerst</numerusform>
            <numerusform>Label-Warteschlange: %n ungelabelte Memes, die unsichersten des Modells zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Labelling queue: select a run to order it by the model&apos;s uncertainty</source>
        <translation>Label-Warteschlange: wählen Sie einen Lauf, um nach der Unsicherheit des Modells zu ordnen</translation>
    </message>
    <message>
        <source>&amp;Blind Labelling (Hide Others’ Labels and the Model)</source>
        <translation>&amp;Blindes Labeln (Labels anderer und das Modell verbergen)</translation>
    </message>
    <message>
        <source>A&amp;djudicate (My Labels Settle Disagreements)</source>
        <translation>&amp;Schlichten (meine Labels entscheiden Uneinigkeit)</translation>
    </message>
    <message>
        <source>Shows only your own answers, so that what others chose cannot sway yours: independent answers are what agreement statistics assume.</source>
        <translation>Zeigt nur Ihre eigenen Antworten, damit die Wahl anderer Ihre nicht beeinflusst: Übereinstimmungsstatistiken setzen unabhängige Antworten voraus.</translation>
    </message>
    <message>
        <source>Blind labelling: you see only your own answers; the model&apos;s suggestion is hidden</source>
        <translation>Blindes Labeln: Sie sehen nur Ihre eigenen Antworten; der Modellvorschlag ist verborgen</translation>
    </message>
    <message>
        <source>Blind labelling off: the current labels are shown</source>
        <translation>Blindes Labeln aus: Die aktuellen Labels werden gezeigt</translation>
    </message>
    <message>
        <source>Your answers decide the current label of the memes you label, whatever the majority chose. They are not counted in the agreement statistics.</source>
        <translation>Ihre Antworten bestimmen das aktuelle Label der Memes, die Sie labeln, egal was die Mehrheit wählte. Sie zählen nicht in der Übereinstimmungsstatistik.</translation>
    </message>
    <message>
        <source>A&amp;gree With the Current Label</source>
        <translation>Dem aktuellen Label &amp;zustimmen</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Labelling &amp;Queue: Most Uncertain First (Again to Leave)</source>
        <translation>Label-&amp;Warteschlange: Unsicherste zuerst (erneut zum Verlassen)</translation>
    </message>
    <message>
        <source>Left the labelling queue</source>
        <translation>Label-Warteschlange verlassen</translation>
    </message>
    <message>
        <source>Labelling as %1%2 (Label ▸ Set Annotator… to change)</source>
        <translation>Sie labeln als %1%2 (Label ▸ Annotator festlegen… zum Ändern)</translation>
    </message>
    <message>
        <source>, blind</source>
        <translation>, blind</translation>
    </message>
    <message>
        <source>&amp;Review Queue: Conflicting Reposts, Then the Model&apos;s Disagreements (Again to Leave)</source>
        <translation>&amp;Prüf-Warteschlange: widersprüchliche Reposts, dann die Widersprüche des Modells (erneut zum Verlassen)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>A second look at labelled memes: reposts whose labels differ, then the memes whose labels the selected run supports least</source>
        <translation>Ein zweiter Blick auf gelabelte Memes: Reposts mit verschiedenen Labels, dann die Memes, deren Labels der gewählte Lauf am wenigsten stützt</translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation>Warteschlange verlassen</translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s) in reposts with conflicting labels</source>
        <translation>
            <numerusform>%n Meme in Reposts mit widersprüchlichen Labels</numerusform>
            <numerusform>%n Memes in Reposts mit widersprüchlichen Labels</numerusform>
        </translation>
    </message>
    <message>
        <source>no duplicate result (View ▸ Duplicates)</source>
        <translation>kein Duplikat-Ergebnis (Ansicht ▸ Duplikate)</translation>
    </message>
    <message numerus="yes">
        <source>%n the run disagrees with</source>
        <translation>
            <numerusform>%n, dem der Lauf widerspricht</numerusform>
            <numerusform>%n, denen der Lauf widerspricht</numerusform>
        </translation>
    </message>
    <message>
        <source>no run selected</source>
        <translation>kein Lauf gewählt</translation>
    </message>
    <message>
        <source>Review queue: %1</source>
        <translation>Prüf-Warteschlange: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>memescope::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>MemeScope will use the new language from its next start.</source>
        <translation>MemeScope verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>memescope::Leaks</name>
    <message>
        <source>duplicates: captions %1 alike or more, pictures within %2 bits</source>
        <translation>Duplikate: Bildunterschriften mit Ähnlichkeit von mindestens %1, Bilder bis %2 Bit Abstand</translation>
    </message>
    <message>
        <source>none of the %1 %2 memes repeats a training or validation meme (%3)</source>
        <translation>keines der %1 Memes im %2-Split wiederholt ein Trainings- oder Validierungs-Meme (%3)</translation>
    </message>
    <message>
        <source>every one of the %1 %2 memes repeats a training or validation meme: no leak-free figures (%3)</source>
        <translation>jedes der %1 Memes im %2-Split wiederholt ein Trainings- oder Validierungs-Meme: keine Werte ohne Datenleck (%3)</translation>
    </message>
    <message>
        <source>macro-F1 %1 on all %2 %3 memes; %4 on the %5 that repeat no training or validation meme (%6 left out; %7)</source>
        <translation>Makro-F1 %1 auf allen %2 Memes im %3-Split; %4 auf den %5, die kein Trainings- oder Validierungs-Meme wiederholen (%6 ausgelassen; %7)</translation>
    </message>
</context>
<context>
    <name>memescope::MainWindow</name>
    <message>
        <source>MemeScope</source>
        <translation>MemeScope</translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation>Labels nicht gespeichert</translation>
    </message>
    <message>
        <source>Open a project (File ▸ Open) or create one (File ▸ New)</source>
        <translation>Öffnen Sie ein Projekt (Datei ▸ Öffnen) oder legen Sie eines an (Datei ▸ Neu)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Error Analysis</source>
        <translation>Fehleranalyse</translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s): %1</source>
        <translation>
            <numerusform>%n Meme: %1</numerusform>
            <numerusform>%n Memes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> Run: </source>
        <translation> Lauf: </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>Datensatz &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Add Images…</source>
        <translation>Bilder &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Select &amp;All Shown</source>
        <translation>&amp;Alle angezeigten auswählen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Clear &amp;Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Galerie</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Run &amp;OCR on New Images</source>
        <translation>&amp;OCR für neue Bilder ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Train a Model…</source>
        <translation>Modell &amp;trainieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Run an &amp;Ablation Study…</source>
        <translation>&amp;Ablationsstudie durchführen…</translation>
    </message>
    <message>
        <source>Reload &amp;Runs</source>
        <translation>&amp;Läufe neu laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MemeScope</source>
        <translation>Über &amp;MemeScope</translation>
    </message>
    <message>
        <source>%1[*] — MemeScope</source>
        <translation>%1[*] — MemeScope</translation>
    </message>
    <message>
        <source>Opened %1 — every label is saved as you set it</source>
        <translation>%1 geöffnet — jedes Label wird beim Setzen gespeichert</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>MemeScope projects (*.memescope)</source>
        <translation>MemeScope-Projekte (*.memescope)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 existiert bereits; öffnen Sie es stattdessen.</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Import Dataset Folder</source>
        <translation>Datensatzordner importieren</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Select a finished run in the toolbar first.</source>
        <translation>Wählen Sie zuerst einen abgeschlossenen Lauf in der Werkzeugleiste.</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML-Bericht (*.html);;PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>About MemeScope</source>
        <translation>Über MemeScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MemeScope %1&lt;/h3&gt;&lt;p&gt;A workbench for researchers who study mental-health memes.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3&lt;br&gt;Compute: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MemeScope %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung für die Forschung zu Memes über psychische Gesundheit.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3&lt;br&gt;Rechnen: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Memes</source>
        <translation>Memes</translation>
    </message>
    <message>
        <source>&amp;Focus on the Meme</source>
        <translation>Meme im &amp;Fokus</translation>
    </message>
    <message>
        <source>&amp;Memes</source>
        <translation>&amp;Memes</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Error Analysis</source>
        <translation>&amp;Fehleranalyse</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>labelling blind as %1</source>
        <translation>labelt blind als %1</translation>
    </message>
    <message>
        <source>adjudicating as %1</source>
        <translation>schlichtet als %1</translation>
    </message>
    <message>
        <source>labelling as %1</source>
        <translation>labelt als %1</translation>
    </message>
    <message>
        <source>%1 shown · %2 selected · %3 of %4 labelled · %5</source>
        <translation>%1 angezeigt · %2 ausgewählt · %3 von %4 gelabelt · %5</translation>
    </message>
    <message>
        <source>Hidden while labelling blind: it shows the model&apos;s judgement</source>
        <translation>Beim blinden Labeln verborgen: Sie zeigt das Urteil des Modells</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplikate</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>MemeScope &amp;User Guide</source>
        <translation>MemeScope-&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide not found</source>
        <translation>Benutzerhandbuch nicht gefunden</translation>
    </message>
    <message>
        <source>The user guide is not installed. Looked for:
%1</source>
        <translation>Das Benutzerhandbuch ist nicht installiert. Gesucht wurde:
%1</translation>
    </message>
    <message>
        <source>Preparing the project in the background: OCR, then a first model. The memes can be browsed and labelled meanwhile.</source>
        <translation>Das Projekt wird im Hintergrund vorbereitet: OCR, dann ein erstes Modell. Die Memes lassen sich währenddessen durchsehen und labeln.</translation>
    </message>
</context>
<context>
    <name>memescope::MemeCanvas</name>
    <message>
        <source>“%1” — confidence %2</source>
        <translation>„%1“ — Konfidenz %2</translation>
    </message>
</context>
<context>
    <name>memescope::MemeFocusView</name>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modell&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Text&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Words the model reads&lt;/b&gt; (coloured by the chosen method; with raw attention, click one or drag over the image)</source>
        <translation>&lt;b&gt;Wörter, die das Modell liest&lt;/b&gt; (gefärbt nach der gewählten Methode; bei roher Attention eines anklicken oder über das Bild ziehen)</translation>
    </message>
</context>
<context>
    <name>memescope::MemoryAdvice</name>
    <message numerus="yes">
        <source>measured on %n earlier run(s) of this network</source>
        <translation>
            <numerusform>gemessen an %n früheren Lauf dieses Netzes</numerusform>
            <numerusform>gemessen an %n früheren Läufen dieses Netzes</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 GB</source>
        <translation>höchstens %1 GB</translation>
    </message>
    <message>
        <source>about %1 GB</source>
        <translation>etwa %1 GB</translation>
    </message>
    <message>
        <source>Memory: %1 at its peak (%2), of this computer&apos;s %3 GB.</source>
        <translation>Speicher: %1 in der Spitze (%2), von %3 GB dieses Computers.</translation>
    </message>
    <message>
        <source>This run will need %1 of memory at its peak (%2), more than this computer&apos;s %3 GB can give it: lower the batch size, freeze encoder layers or recompute activations in backward.</source>
        <translation>Dieser Lauf wird in der Spitze %1 Speicher brauchen (%2), mehr als die %3 GB dieses Computers hergeben: Batchgröße senken, Encoder-Schichten einfrieren oder Aktivierungen im Backward neu berechnen.</translation>
    </message>
</context>
<context>
    <name>memescope::ModelWords</name>
    <message>
        <source>word-patch attention</source>
        <translation>Wort-Feld-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>summary-token attention</source>
        <translation>Zusammenfassungs-Token-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>concatenation</source>
        <translation>Verkettung</translation>
    </message>
    <message>
        <source>trained from scratch</source>
        <translation>von Grund auf trainiert</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>TF-IDF + logistic regression</source>
        <translation>TF-IDF + logistische Regression</translation>
    </message>
    <message>
        <source>reference design</source>
        <translation>Referenzentwurf</translation>
    </message>
    <message>
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <source>image only</source>
        <translation>nur Bild</translation>
    </message>
    <message>
        <source>RoBERTa</source>
        <translation>RoBERTa</translation>
    </message>
    <message>
        <source>word n-grams</source>
        <translation>Wort-N-Gramme</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>nur Text</translation>
    </message>
    <message>
        <source>OCR text</source>
        <translation>OCR-Text</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>the dataset&apos;s text</source>
        <translation>der Text des Datensatzes</translation>
    </message>
    <message>
        <source>Tesseract&apos;s OCR text</source>
        <translation>Tesseracts OCR-Text</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Text read</source>
        <translation>Gelesener Text</translation>
    </message>
    <message>
        <source>, with the figurative reasoning</source>
        <translation>, mit der bildlichen Deutung</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Text encoder</source>
        <translation>Text-Encoder</translation>
    </message>
    <message>
        <source>RoBERTa, %1 layers, %2</source>
        <translation>RoBERTa, %1 Schichten, %2</translation>
    </message>
    <message>
        <source>word and character n-grams (%1 dimensions)</source>
        <translation>Wort- und Zeichen-N-Gramme (%1 Dimensionen)</translation>
    </message>
    <message>
        <source>Image encoder</source>
        <translation>Bild-Encoder</translation>
    </message>
    <message>
        <source>CLIP vision transformer, %1 layers, %2 px, %3</source>
        <translation>CLIP-Vision-Transformer, %1 Schichten, %2 px, %3</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>%1, %2 layers of %3 dimensions</source>
        <translation>%1, %2 Schichten mit %3 Dimensionen</translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation>Mixture of Experts</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 experts, all mixed</source>
        <translation>%1 Experten, alle gemischt</translation>
    </message>
    <message>
        <source>%1 experts, the best %2 per meme</source>
        <translation>%1 Experten, die besten %2 je Meme</translation>
    </message>
    <message>
        <source>Contrastive alignment</source>
        <translation>Kontrastive Ausrichtung</translation>
    </message>
    <message>
        <source>on (weight %1, temperature %2)</source>
        <translation>an (Gewicht %1, Temperatur %2)</translation>
    </message>
    <message>
        <source>TF-IDF blended in</source>
        <translation>TF-IDF beigemischt</translation>
    </message>
    <message>
        <source>yes, weight chosen on validation</source>
        <translation>ja, Gewicht auf der Validierung gewählt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>%1 epochs, batches of %2, learning rate %3, seed %4</source>
        <translation>%1 Epochen, Batches zu %2, Lernrate %3, Seed %4</translation>
    </message>
    <message>
        <source>Decision thresholds</source>
        <translation>Entscheidungsschwellen</translation>
    </message>
    <message>
        <source>tuned per label on validation</source>
        <translation>je Label auf der Validierung abgestimmt</translation>
    </message>
    <message>
        <source>0.5</source>
        <translation>0.5</translation>
    </message>
</context>
<context>
    <name>memescope::Progress</name>
    <message>
        <source>assembling the report</source>
        <translation>Bericht wird zusammengestellt</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>%1, seed %2: %3</source>
        <translation>%1, Seed %2: %3</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>Epoche %1 von %2</translation>
    </message>
    <message>
        <source>scoring every meme</source>
        <translation>jedes Meme wird bewertet</translation>
    </message>
    <message>
        <source>reading text (OCR)</source>
        <translation>Text wird gelesen (OCR)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>rendering memes</source>
        <translation>Memes werden gezeichnet</translation>
    </message>
    <message>
        <source>hashing images for duplicates</source>
        <translation>Bilder werden für die Duplikatsuche gehasht</translation>
    </message>
    <message>
        <source>finding duplicates</source>
        <translation>Duplikate werden gesucht</translation>
    </message>
    <message>
        <source>updating leak-free figures</source>
        <translation>leckfreie Zahlen werden aktualisiert</translation>
    </message>
    <message>
        <source>computing frozen encoder features</source>
        <translation>Merkmale der eingefrorenen Encoder werden berechnet</translation>
    </message>
</context>
<context>
    <name>memescope::ProjectSession</name>
    <message>
        <source>Run “%1” loaded (%2)</source>
        <translation>Lauf „%1“ geladen (%2)</translation>
    </message>
    <message>
        <source>Run “%1”: its model could not be loaded (%2); stored predictions only</source>
        <translation>Lauf „%1“: Modell konnte nicht geladen werden (%2); nur gespeicherte Vorhersagen</translation>
    </message>
</context>
<context>
    <name>memescope::ProjectTasks</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meme(s) from %1</source>
        <translation>
            <numerusform>%n Meme aus %1 importiert</numerusform>
            <numerusform>%n Memes aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>OCR %1: %2 images read, %3 unreadable, %4 s</source>
        <translation>OCR %1: %2 Bilder gelesen, %3 unlesbar, %4 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n section(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Abschnitt)</numerusform>
            <numerusform>%1 geschrieben (%n Abschnitte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s) added</source>
        <translation>
            <numerusform>%n Meme hinzugefügt</numerusform>
            <numerusform>%n Memes hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Label suggestions</source>
        <translation>Label-Vorschläge</translation>
    </message>
    <message>
        <source>predicting</source>
        <translation>Vorhersage läuft</translation>
    </message>
    <message numerus="yes">
        <source>The model suggested labels for %n new meme(s): press A to accept one</source>
        <translation>
            <numerusform>Das Modell hat Labels für %n neues Meme vorgeschlagen: A übernimmt einen Vorschlag</numerusform>
            <numerusform>Das Modell hat Labels für %n neue Memes vorgeschlagen: A übernimmt einen Vorschlag</numerusform>
        </translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s)</source>
        <translation>
            <numerusform>%n Duplikatgruppe</numerusform>
            <numerusform>%n Duplikatgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test meme(s) repeat training or validation memes</source>
        <translation>
            <numerusform>%n Test-Meme wiederholt Trainings- oder Validierungs-Memes</numerusform>
            <numerusform>%n Test-Memes wiederholen Trainings- oder Validierungs-Memes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) without a hash compared by their text only</source>
        <translation>
            <numerusform>%n Bild ohne Hash nur über seinen Text verglichen</numerusform>
            <numerusform>%n Bilder ohne Hash nur über ihren Text verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leak-free figures of %n run(s) updated to these settings</source>
        <translation>
            <numerusform>leckfreie Zahlen von %n Lauf auf diese Einstellungen aktualisiert</numerusform>
            <numerusform>leckfreie Zahlen von %n Läufen auf diese Einstellungen aktualisiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memescope::RunSelector</name>
    <message>
        <source>(no run — labels only)</source>
        <translation>(kein Lauf — nur Labels)</translation>
    </message>
    <message>
        <source>%1 — test macro-F1 %2</source>
        <translation>%1 — Test-Makro-F1 %2</translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (ausgewählt)</translation>
    </message>
</context>
<context>
    <name>memescope::SampleTableModel</name>
    <message>
        <source>(unlabelled)</source>
        <translation>(ungelabelt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>memescope::Split</name>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>memescope::ThumbnailProvider</name>
    <message>
        <source>no image</source>
        <translation>kein Bild</translation>
    </message>
</context>
<context>
    <name>memescope::TrainingDialog</name>
    <message>
        <source>Train a Model</source>
        <translation>Modell trainieren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>(the run folder&apos;s name)</source>
        <translation>(der Name des Laufordners)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>tiny: small, random init, trains in minutes on a CPU; seed: the reference design (RoBERTa-base + CLIP ViT-B/32)</source>
        <translation>tiny: klein, zufällig initialisiert, trainiert in Minuten auf einer CPU; seed: das Referenzdesign (RoBERTa-base + CLIP ViT-B/32)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>none: random init (tokenizer learned from the project)</source>
        <translation>keiner: zufällige Initialisierung (Tokenizer aus dem Projekt gelernt)</translation>
    </message>
    <message>
        <source>RoBERTa checkpoint</source>
        <translation>RoBERTa-Checkpoint</translation>
    </message>
    <message>
        <source>Hugging Face RoBERTa folder</source>
        <translation>Hugging-Face-RoBERTa-Ordner</translation>
    </message>
    <message>
        <source>none: random init</source>
        <translation>keiner: zufällige Initialisierung</translation>
    </message>
    <message>
        <source>CLIP checkpoint</source>
        <translation>CLIP-Checkpoint</translation>
    </message>
    <message>
        <source>Hugging Face CLIP folder</source>
        <translation>Hugging-Face-CLIP-Ordner</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>Geduld für frühes Stoppen</translation>
    </message>
    <message>
        <source>Tune per-label thresholds on validation (multi-label)</source>
        <translation>Schwellen pro Label auf der Validierung abstimmen (Multi-Label)</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Text encoder</source>
        <translation>Text-Encoder</translation>
    </message>
    <message>
        <source>Image encoder</source>
        <translation>Bild-Encoder</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation>Mixture of Experts</translation>
    </message>
    <message>
        <source>Contrastive</source>
        <translation>Kontrastiv</translation>
    </message>
    <message>
        <source>Classifier head</source>
        <translation>Klassifikationskopf</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>The text the model reads: the dataset&apos;s, Tesseract&apos;s, or none</source>
        <translation>Der Text, den das Modell liest: der des Datensatzes, der von Tesseract oder keiner</translation>
    </message>
    <message>
        <source>Text source</source>
        <translation>Textquelle</translation>
    </message>
    <message>
        <source>Append figurative reasoning</source>
        <translation>Figurative Begründung anhängen</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>A downloaded Hugging Face folder such as mental/mental-roberta-base: config.json, the weights (safetensors, shards or pytorch_model.bin) and vocab.json + merges.txt</source>
        <translation>Ein heruntergeladener Hugging-Face-Ordner wie mental/mental-roberta-base: config.json, die Gewichte (safetensors, Teildateien oder pytorch_model.bin) und vocab.json + merges.txt</translation>
    </message>
    <message>
        <source>A downloaded Hugging Face CLIP folder such as openai/clip-vit-base-patch32 (CLIPModel or CLIPVisionModel)</source>
        <translation>Ein heruntergeladener Hugging-Face-CLIP-Ordner wie openai/clip-vit-base-patch32 (CLIPModel oder CLIPVisionModel)</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <source>same as above</source>
        <translation>wie oben</translation>
    </message>
    <message>
        <source>Learning rate of the pretrained encoders (encoder_learning_rate); typically 10x smaller than that of the new layers</source>
        <translation>Lernrate der vortrainierten Encoder (encoder_learning_rate); meist 10-mal kleiner als die der neuen Schichten</translation>
    </message>
    <message>
        <source>Encoder learning rate</source>
        <translation>Lernrate der Encoder</translation>
    </message>
    <message>
        <source>Halve on a plateau</source>
        <translation>Auf einem Plateau halbieren</translation>
    </message>
    <message>
        <source>Linear decay</source>
        <translation>Linear abfallend</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>Kosinusförmig abfallend</translation>
    </message>
    <message>
        <source>Learning-rate schedule (lr_schedule), after the warm-up</source>
        <translation>Verlauf der Lernrate (lr_schedule) nach dem Aufwärmen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source> % of steps</source>
        <translation> % der Schritte</translation>
    </message>
    <message>
        <source>Linear warm-up (warmup_ratio)</source>
        <translation>Lineares Aufwärmen (warmup_ratio)</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Freeze the embeddings and the first N layers of the text encoder (freeze_text_layers)</source>
        <translation>Die Einbettungen und die ersten N Schichten des Text-Encoders einfrieren (freeze_text_layers)</translation>
    </message>
    <message>
        <source>Frozen text layers</source>
        <translation>Eingefrorene Textschichten</translation>
    </message>
    <message>
        <source>Freeze the embeddings and the first N layers of the image encoder (freeze_image_layers)</source>
        <translation>Die Einbettungen und die ersten N Schichten des Bild-Encoders einfrieren (freeze_image_layers)</translation>
    </message>
    <message>
        <source>Frozen image layers</source>
        <translation>Eingefrorene Bildschichten</translation>
    </message>
    <message>
        <source>Batches whose gradients add up to one step (grad_accumulation): a larger effective batch in the same memory</source>
        <translation>Batches, deren Gradienten sich zu einem Schritt addieren (grad_accumulation): ein größerer wirksamer Batch im selben Speicher</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Gradientenakkumulation</translation>
    </message>
    <message>
        <source>bfloat16 mixed precision (GPU)</source>
        <translation>bfloat16-Mischpräzision (GPU)</translation>
    </message>
    <message>
        <source>precision: bf16 — autocast on CUDA; the CPU trains in float32</source>
        <translation>precision: bf16 — Autocast auf CUDA; die CPU trainiert in float32</translation>
    </message>
    <message>
        <source>TF32 matrix products (GPU)</source>
        <translation>TF32-Matrixprodukte (GPU)</translation>
    </message>
    <message>
        <source>tf32 — Ampere and later GPUs</source>
        <translation>tf32 — GPUs ab Ampere</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Weight each label&apos;s positives by its rarity (multi-label)</source>
        <translation>Positive Beispiele jedes Labels nach Seltenheit gewichten (Multi-Label)</translation>
    </message>
    <message>
        <source>Rare labels count as much as frequent ones in the loss, so the model does not learn to predict no label (pos_weight: balanced)</source>
        <translation>Seltene Labels zählen im Verlust so viel wie häufige, damit das Modell nicht lernt, gar kein Label vorherzusagen (pos_weight: balanced)</translation>
    </message>
    <message>
        <source>Blend in the TF-IDF baseline (wide-and-deep)</source>
        <translation>TF-IDF-Baseline beimischen (Wide-and-Deep)</translation>
    </message>
    <message>
        <source>Fits the TF-IDF + logistic regression baseline on the same training memes and mixes its probabilities with the network&apos;s, at the weight that scores best on validation (0 = the network alone). Heatmaps still show the network&apos;s attention (wide: tfidf)</source>
        <translation>Trainiert die Baseline aus TF-IDF und logistischer Regression auf denselben Trainings-Memes und mischt ihre Wahrscheinlichkeiten mit denen des Netzes, mit dem Gewicht, das auf der Validierung am besten abschneidet (0 = nur das Netz). Heatmaps zeigen weiterhin die Aufmerksamkeit des Netzes (wide: tfidf)</translation>
    </message>
    <message>
        <source>Small (trains on a CPU)</source>
        <translation>Klein (trainiert auf einer CPU)</translation>
    </message>
    <message>
        <source>Reference design (RoBERTa + CLIP)</source>
        <translation>Referenzentwurf (RoBERTa + CLIP)</translation>
    </message>
    <message>
        <source>Multimodal network</source>
        <translation>Multimodales Netz</translation>
    </message>
    <message>
        <source>TF-IDF + logistic regression</source>
        <translation>TF-IDF + logistische Regression</translation>
    </message>
    <message>
        <source>The TF-IDF + logistic regression baseline reads the text only and fits in seconds</source>
        <translation>Die Baseline TF-IDF + logistische Regression liest nur den Text und ist in Sekunden angepasst</translation>
    </message>
    <message>
        <source>RoBERTa (transformer)</source>
        <translation>RoBERTa (Transformer)</translation>
    </message>
    <message>
        <source>Word n-grams (fastText-style)</source>
        <translation>Wort-N-Gramme (wie fastText)</translation>
    </message>
    <message>
        <source>None (image only)</source>
        <translation>Keiner (nur Bild)</translation>
    </message>
    <message>
        <source>How the model reads the caption</source>
        <translation>Wie das Modell die Bildunterschrift liest</translation>
    </message>
    <message>
        <source>CLIP vision transformer</source>
        <translation>CLIP-Vision-Transformer</translation>
    </message>
    <message>
        <source>None (text only)</source>
        <translation>Keiner (nur Text)</translation>
    </message>
    <message>
        <source>How the model sees the image</source>
        <translation>Wie das Modell das Bild sieht</translation>
    </message>
    <message>
        <source>Words ↔ image patches (heatmaps)</source>
        <translation>Wörter ↔ Bildausschnitte (Heatmaps)</translation>
    </message>
    <message>
        <source>Summary tokens (reference)</source>
        <translation>Zusammenfassungs-Token (Referenz)</translation>
    </message>
    <message>
        <source>Concatenation (no cross-attention)</source>
        <translation>Verkettung (keine Cross-Attention)</translation>
    </message>
    <message>
        <source>How text and image meet; only word-to-patch attention draws heatmaps</source>
        <translation>Wie Text und Bild zusammenkommen; nur Wort-zu-Ausschnitt-Attention zeichnet Heatmaps</translation>
    </message>
    <message>
        <source>Top-k experts</source>
        <translation>Top-k-Experten</translation>
    </message>
    <message>
        <source>All experts (reference)</source>
        <translation>Alle Experten (Referenz)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Mixture of experts after the fusion</source>
        <translation>Expertenmischung nach der Fusion</translation>
    </message>
    <message>
        <source>Masked (same-label pairs ignored)</source>
        <translation>Maskiert (Paare mit gleichem Label ignoriert)</translation>
    </message>
    <message>
        <source>Reference (CLIP-style)</source>
        <translation>Referenz (wie CLIP)</translation>
    </message>
    <message>
        <source>Contrastive alignment of text and image embeddings</source>
        <translation>Kontrastive Angleichung von Text- und Bild-Embeddings</translation>
    </message>
    <message>
        <source>Two-layer perceptron</source>
        <translation>Zweischichtiges Perzeptron</translation>
    </message>
    <message>
        <source>Transformer layer</source>
        <translation>Transformer-Schicht</translation>
    </message>
    <message>
        <source>The dataset&apos;s text</source>
        <translation>Der Text des Datensatzes</translation>
    </message>
    <message>
        <source>Tesseract OCR</source>
        <translation>Tesseract-OCR</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>The TF-IDF baseline fits in one process</source>
        <translation>Die TF-IDF-Baseline wird in einem Prozess angepasst</translation>
    </message>
    <message>
        <source>Data-parallel training: every process holds the model and trains on its share of each batch; their gradients are averaged every step</source>
        <translation>Datenparalleles Training: Jeder Prozess hält das Modell und trainiert auf seinem Anteil jedes Batches; ihre Gradienten werden bei jedem Schritt gemittelt</translation>
    </message>
    <message>
        <source>The TF-IDF baseline fits in one process.</source>
        <translation>Die TF-IDF-Baseline wird in einem Prozess angepasst.</translation>
    </message>
    <message>
        <source>one per GPU: %1</source>
        <translation>einer pro GPU: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>on this computer&apos;s CPU, %n thread(s) each</source>
        <translation>
            <numerusform>auf der CPU dieses Computers, je %n Thread</numerusform>
            <numerusform>auf der CPU dieses Computers, je %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 processes %2. Each takes %3 memes of every step, so a step learns from %4 memes (batch size × processes).</source>
        <translation>%1 Prozesse %2. Jeder nimmt %3 Memes jedes Schritts, ein Schritt lernt also aus %4 Memes (Batchgröße × Prozesse).</translation>
    </message>
    <message>
        <source>Recompute encoder activations in backward (less memory)</source>
        <translation>Encoder-Aktivierungen im Backward neu berechnen (weniger Speicher)</translation>
    </message>
    <message>
        <source>activation_checkpointing — fine-tuning an encoder keeps every layer&apos;s activations for the backward pass; this keeps only each layer&apos;s input and runs the layer again in backward. Measured on the reference model on a CPU: at 512 tokens × 16, 15.5 GB → 4.6 GB of memory; each step takes 2–20 % longer. Same gradients. Frozen layers are not affected.</source>
        <translation>activation_checkpointing — beim Feintuning eines Encoders werden die Aktivierungen jeder Schicht für den Backward-Durchlauf aufbewahrt; so wird nur die Eingabe jeder Schicht behalten und die Schicht im Backward erneut ausgeführt. Gemessen am Referenzmodell auf einer CPU: bei 512 Tokens × 16 sinkt der Speicher von 15,5 GB auf 4,6 GB; jeder Schritt dauert 2–20 % länger. Gleiche Gradienten. Eingefrorene Schichten sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Train the fusion and heads only (encoders frozen; features cached)</source>
        <translation>Nur Fusion und Köpfe trainieren (Encoder fest, Merkmale im Cache)</translation>
    </message>
    <message>
        <source>Freezes both encoders whole (a linear-probe style study of the fusion, the experts, the contrastive loss and the head). What the frozen encoders make of each meme is computed once, kept in a folder beside the project and read by every later epoch, run and ablation variant with the same encoders, so an epoch costs only the trainable part.</source>
        <translation>Friert beide Encoder vollständig ein (eine Studie im Stil linearer Sonden: Fusion, Experten, kontrastiver Verlust und Kopf). Was die eingefrorenen Encoder aus jedem Meme machen, wird einmal berechnet, in einem Ordner neben dem Projekt abgelegt und von jeder späteren Epoche, jedem Lauf und jeder Ablationsvariante mit denselben Encodern gelesen; eine Epoche kostet so nur den trainierbaren Teil.</translation>
    </message>
    <message>
        <source>Delete cached features</source>
        <translation>Zwischengespeicherte Merkmale löschen</translation>
    </message>
    <message>
        <source>Frees the disk space; runs with frozen encoders compute the features again when they need them.</source>
        <translation>Gibt den Speicherplatz frei; Läufe mit eingefrorenen Encodern berechnen die Merkmale neu, wenn sie sie brauchen.</translation>
    </message>
    <message>
        <source>Feature cache</source>
        <translation>Merkmalsspeicher</translation>
    </message>
    <message>
        <source>Delete cached features (%1 MB)</source>
        <translation>Zwischengespeicherte Merkmale löschen (%1 MB)</translation>
    </message>
</context>
<context>
    <name>memescope::TrainingDock</name>
    <message>
        <source>New Training…</source>
        <translation>Neues Training…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Export Plot…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Continue the last cancelled or failed run from its last finished epoch</source>
        <translation>Den letzten abgebrochenen oder fehlgeschlagenen Lauf ab seiner letzten fertigen Epoche fortsetzen</translation>
    </message>
    <message>
        <source>No training running.</source>
        <translation>Kein Training aktiv.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>validation F1</source>
        <translation>Validierungs-F1</translation>
    </message>
    <message>
        <source>val macro-F1</source>
        <translation>Val.-Makro-F1</translation>
    </message>
    <message>
        <source>val weighted-F1</source>
        <translation>Val.-gewichteter F1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Compare Selected Runs</source>
        <translation>Ausgewählte Läufe vergleichen</translation>
    </message>
    <message>
        <source>Cancelling (takes effect before the next batch)…</source>
        <translation>Wird abgebrochen (wirkt vor dem nächsten Batch)…</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg)</source>
        <translation>PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Curves of run %1 (loss: mean per epoch)</source>
        <translation>Kurven von Lauf %1 (Verlust: Mittelwert pro Epoche)</translation>
    </message>
    <message>
        <source>Scoring every meme with the best epoch…</source>
        <translation>Jedes Meme wird mit der besten Epoche bewertet…</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · loss %5 · lr %6 · %7 memes/s · ETA %8 · data wait %9 %</source>
        <translation>Epoche %1/%2 · Batch %3/%4 · Verlust %5 · LR %6 · %7 Memes/s · Rest %8 · Datenwartezeit %9 %</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled. Finished epochs are kept: Resume continues from the last one.</source>
        <translation>Abgebrochen. Fertige Epochen bleiben erhalten: Fortsetzen macht bei der letzten weiter.</translation>
    </message>
    <message>
        <source>Finished in %1 s on %2: best epoch %3 · val macro-F1 %4 · test macro-F1 %5, weighted-F1 %6</source>
        <translation>Fertig in %1 s auf %2: beste Epoche %3 · Val.-Makro-F1 %4 · Test-Makro-F1 %5, gewichteter F1 %6</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>MemeScope training curves</source>
        <translation>MemeScope-Trainingskurven</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>best epoch</source>
        <translation>beste Epoche</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>Training cancelled; Resume continues it</source>
        <translation>Training abgebrochen; „Fortsetzen“ setzt es fort</translation>
    </message>
    <message>
        <source>Training finished: test macro-F1 %1</source>
        <translation>Training fertig: Test-Makro-F1 %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>läuft oder unterbrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled (resumable)</source>
        <translation>abgebrochen (fortsetzbar)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>validation macro-F1</source>
        <translation>Validierung Makro-F1</translation>
    </message>
    <message>
        <source>validation weighted-F1</source>
        <translation>Validierung gewichtetes F1</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>Validierung Genauigkeit</translation>
    </message>
    <message>
        <source>(settings unreadable)</source>
        <translation>(Einstellungen nicht lesbar)</translation>
    </message>
    <message>
        <source>The settings of one run cannot be read; they are not compared.</source>
        <translation>Die Einstellungen eines Laufs sind nicht lesbar; sie werden nicht verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n other setting(s) are the same in both runs.</source>
        <translation>
            <numerusform>%n weitere Einstellung ist in beiden Läufen gleich.</numerusform>
            <numerusform>%n weitere Einstellungen sind in beiden Läufen gleich.</numerusform>
        </translation>
    </message>
    <message>
        <source>training loss (per batch)</source>
        <translation>Trainingsverlust (pro Batch)</translation>
    </message>
    <message>
        <source>training loss (mean per epoch)</source>
        <translation>Trainingsverlust (Mittel pro Epoche)</translation>
    </message>
    <message numerus="yes">
        <source>Training %1 (%n processes)</source>
        <translation>
            <numerusform>Training %1 (%n Prozesse)</numerusform>
            <numerusform>Training %1 (%n Prozesse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Test macro-F1 on the test memes that repeat no training or validation meme (see Duplicates)</source>
        <translation>Test-Makro-F1 auf den Test-Memes, die kein Trainings- oder Validierungs-Meme wiederholen (siehe Duplikate)</translation>
    </message>
    <message>
        <source>95 % interval: percentile bootstrap over the %1 test memes (%2 resamples, seed %3)</source>
        <translation>Konfidenzintervall 95 %: Perzentil-Bootstrap über die %1 Test-Memes (%2 Bootstrap-Stichproben, Seed %3)</translation>
    </message>
    <message>
        <source>No interval: %1</source>
        <translation>Kein Konfidenzintervall: %1</translation>
    </message>
    <message>
        <source>Scored before leaks were checked: evaluate the run again to see its leak-free figures</source>
        <translation>Bewertet, bevor auf Datenlecks geprüft wurde: Werten Sie den Lauf erneut aus, um seine Werte ohne Datenleck zu sehen</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <source>weighted-F1</source>
        <translation>gewichteter F1</translation>
    </message>
    <message>
        <source>micro-F1</source>
        <translation>Mikro-F1</translation>
    </message>
    <message>
        <source>%1 (A) against %2 (B) on the same %3 test memes; they predict %4 of them differently.</source>
        <translation>%1 (A) gegen %2 (B) auf denselben %3 Test-Memes; bei %4 davon sagen sie Verschiedenes vorher.</translation>
    </message>
    <message>
        <source>test metric</source>
        <translation>Testmetrik</translation>
    </message>
    <message>
        <source>95 % interval of B − A</source>
        <translation>Konfidenzintervall 95 % von B − A</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation>nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>%1: B − A = %2, p = %3: the difference is distinguishable from noise at %4.</source>
        <translation>%1: B − A = %2, p = %3: der Unterschied ist bei %4 vom Rauschen unterscheidbar.</translation>
    </message>
    <message>
        <source>%1: B − A = %2, p = %3: the difference is not distinguishable from noise at %4; on these memes the two runs may be equally good.</source>
        <translation>%1: B − A = %2, p = %3: der Unterschied ist bei %4 nicht vom Rauschen unterscheidbar; auf diesen Memes können beide Läufe gleich gut sein.</translation>
    </message>
    <message>
        <source>p: two-sided paired approximate randomisation test (%1 shuffles); interval: paired percentile bootstrap of B − A over the memes (%2 resamples, seed %3).</source>
        <translation>p: zweiseitiger gepaarter approximativer Randomisierungstest (%1 Permutationen); Konfidenzintervall: gepaarter Perzentil-Bootstrap von B − A über die Memes (%2 Bootstrap-Stichproben, Seed %3).</translation>
    </message>
    <message>
        <source>Select two runs in the table.</source>
        <translation>Wählen Sie zwei Läufe in der Tabelle.</translation>
    </message>
    <message>
        <source>Also selected, not compared (two runs are compared at a time): %1</source>
        <translation>Ebenfalls ausgewählt, nicht verglichen (es werden jeweils zwei Läufe verglichen): %1</translation>
    </message>
    <message>
        <source>Test split: more than noise?</source>
        <translation>Test-Split: mehr als Rauschen?</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>Not compared:</source>
        <translation>Nicht verglichen:</translation>
    </message>
    <message>
        <source>%1 (%2 out)</source>
        <translation>%1 (%2 ausgelassen)</translation>
    </message>
    <message>
        <source>The final model&apos;s validation macro-F1 (after the tuned thresholds and the TF-IDF blend, which validation chose: optimistic). The curve shows the network alone per epoch; a cell&apos;s tooltip has both.</source>
        <translation>Makro-F1 des fertigen Modells auf der Validierung (nach den abgestimmten Schwellen und der TF-IDF-Mischung, die die Validierung wählte: optimistisch). Die Kurve zeigt das Netz allein je Epoche; der Tooltip einer Zelle nennt beides.</translation>
    </message>
    <message>
        <source>The final model on validation: %1</source>
        <translation>Das fertige Modell auf der Validierung: %1</translation>
    </message>
    <message>
        <source>the epoch</source>
        <translation>die Epoche</translation>
    </message>
    <message>
        <source>the thresholds</source>
        <translation>die Schwellen</translation>
    </message>
    <message>
        <source>the TF-IDF blend weight (%1)</source>
        <translation>das Mischgewicht des TF-IDF-Teils (%1)</translation>
    </message>
    <message>
        <source>Validation chose %1, so this figure is optimistic; the test figures are not.</source>
        <translation>Die Validierung wählte %1, daher ist diese Zahl optimistisch; die Testzahlen sind es nicht.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The network alone at epoch %1 (the curve, thresholds 0.5): %2</source>
        <translation>Das Netz allein in Epoche %1 (die Kurve, Schwellen 0,5): %2</translation>
    </message>
    <message>
        <source>The network alone on test: %1 (the table&apos;s test figure includes the blend)</source>
        <translation>Das Netz allein auf dem Test: %1 (die Testzahl der Tabelle enthält die Mischung)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>val loss (classification)</source>
        <translation>Val-Verlust (Klassifikation)</translation>
    </message>
    <message>
        <source>Filter runs by name, tag or note</source>
        <translation>Läufe nach Name, Tag oder Notiz filtern</translation>
    </message>
    <message>
        <source>Best
epoch</source>
        <translation>Beste
Epoche</translation>
    </message>
    <message>
        <source>Val
macro-F1</source>
        <translation>Val-
Makro-F1</translation>
    </message>
    <message>
        <source>Test
macro-F1</source>
        <translation>Test-
Makro-F1</translation>
    </message>
    <message>
        <source>Leak-free
test macro-F1</source>
        <translation>Leckfreier
Test-Makro-F1</translation>
    </message>
    <message>
        <source>Test
weighted-F1</source>
        <translation>Test-
gewichteter F1</translation>
    </message>
    <message>
        <source>Tags
and note</source>
        <translation>Tags
und Notiz</translation>
    </message>
    <message>
        <source>Your tags and note on the run: right-click a run (or double-click here) to edit them</source>
        <translation>Ihre Tags und Ihre Notiz zum Lauf: Rechtsklick auf einen Lauf (oder Doppelklick hier) zum Bearbeiten</translation>
    </message>
    <message>
        <source>Tags and Note…</source>
        <translation>Tags und Notiz…</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>Kurven zeigen</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Right-click or double-click to edit</source>
        <translation>Rechts- oder Doppelklick zum Bearbeiten</translation>
    </message>
    <message>
        <source>Tags and Note — %1</source>
        <translation>Tags und Notiz — %1</translation>
    </message>
    <message>
        <source>e.g. baseline, paper, broken</source>
        <translation>z. B. baseline, paper, kaputt</translation>
    </message>
    <message>
        <source>What this run tried, what you concluded</source>
        <translation>Was dieser Lauf versucht hat, was Sie daraus schließen</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Tags (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>training loss, classification part (mean per epoch)</source>
        <translation>Trainingsverlust, Klassifikationsteil (Mittel je Epoche)</translation>
    </message>
    <message>
        <source>%1: val macro-F1</source>
        <translation>%1: Val-Makro-F1</translation>
    </message>
    <message>
        <source>%1: val loss</source>
        <translation>%1: Val-Verlust</translation>
    </message>
    <message numerus="yes">
        <source>%n runs overlaid: validation macro-F1 (solid, right axis) and validation loss (dashed, left axis) per epoch</source>
        <translation>
            <numerusform>%n Lauf überlagert: Validierungs-Makro-F1 (durchgezogen, rechte Achse) und Validierungsverlust (gestrichelt, linke Achse) je Epoche</numerusform>
            <numerusform>%n Läufe überlagert: Validierungs-Makro-F1 (durchgezogen, rechte Achse) und Validierungsverlust (gestrichelt, linke Achse) je Epoche</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained in %1 s on %2</source>
        <translation>Trainiert in %1 s auf %2</translation>
    </message>
    <message>
        <source>Peak memory of the training process: %1 GB</source>
        <translation>Spitzenspeicher des Trainingsprozesses: %1 GB</translation>
    </message>
    <message>
        <source>Tags and Note</source>
        <translation>Tags und Notiz</translation>
    </message>
    <message>
        <source>Computing the frozen encoders&apos; features once: meme %1 of %2 (kept in the project&apos;s feature cache for later runs)…</source>
        <translation>Merkmale der eingefrorenen Encoder werden einmal berechnet: Meme %1 von %2 (im Merkmalsspeicher des Projekts für spätere Läufe abgelegt)…</translation>
    </message>
</context>
<context>
    <name>memescope::Units</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>memescope::UserGuideWindow</name>
    <message>
        <source>MemeScope User Guide</source>
        <translation>MemeScope-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
</TS>
