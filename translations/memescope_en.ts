<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Per class (test)</source>
        <translation>Per class (test)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>validation F1</source>
        <translation>validation F1</translation>
    </message>
    <message>
        <source>Confusion matrix (test)</source>
        <translation>Confusion matrix (test)</translation>
    </message>
    <message>
        <source>Multi-label: how often a true label (row) co-occurs with a predicted label (column).</source>
        <translation>Multi-label: how often a true label (row) co-occurs with a predicted label (column).</translation>
    </message>
    <message>
        <source>Rows: true label; columns: predicted label.</source>
        <translation>Rows: true label; columns: predicted label.</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>predicted</translation>
    </message>
    <message>
        <source>Ablation: %1</source>
        <translation>Ablation: %1</translation>
    </message>
    <message>
        <source>Most confident mistakes (test)</source>
        <translation>Most confident mistakes (test)</translation>
    </message>
    <message>
        <source>No mistakes on the test split.</source>
        <translation>No mistakes on the test split.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>several per meme</source>
        <translation>several per meme</translation>
    </message>
    <message>
        <source>one per meme</source>
        <translation>one per meme</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>; best epoch %1 of %2, trained in %3 s on %4</source>
        <translation>; best epoch %1 of %2, trained in %3 s on %4</translation>
    </message>
    <message>
        <source>Measured on MemeScope&apos;s synthetic demo memes: these figures show that the pipeline works, not how well a model reads real memes.</source>
        <translation>Measured on MemeScope&apos;s synthetic demo memes: these figures show that the pipeline works, not how well a model reads real memes.</translation>
    </message>
    <message>
        <source>training loss (mean per epoch)</source>
        <translation>training loss (mean per epoch)</translation>
    </message>
    <message>
        <source>validation macro-F1</source>
        <translation>validation macro-F1</translation>
    </message>
    <message>
        <source>validation weighted-F1</source>
        <translation>validation weighted-F1</translation>
    </message>
    <message>
        <source>%1 memes in %2; %3 unlabelled, %4 labelled “no symptom”; %5 read by Tesseract.</source>
        <translation>%1 memes in %2; %3 unlabelled, %4 labelled “no symptom”; %5 read by Tesseract.</translation>
    </message>
    <message>
        <source>split</source>
        <translation>split</translation>
    </message>
    <message>
        <source>memes</source>
        <translation>memes</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>Appendix: settings</source>
        <translation>Appendix: settings</translation>
    </message>
    <message>
        <source>Every setting, as MemeScope reads it back: %1</source>
        <translation>Every setting, as MemeScope reads it back: %1</translation>
    </message>
    <message>
        <source>text only (no image)</source>
        <translation>text only (no image)</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>no symptom</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>The dashed square is the part of the meme the vision encoder sees.</source>
        <translation>The dashed square is the part of the meme the vision encoder sees.</translation>
    </message>
    <message>
        <source>settings unreadable (%1)</source>
        <translation>settings unreadable (%1)</translation>
    </message>
    <message>
        <source>%1, leak-free</source>
        <translation>%1, leak-free</translation>
    </message>
    <message>
        <source>Leakage: %1.</source>
        <translation>Leakage: %1.</translation>
    </message>
    <message>
        <source>* Fewer than %1 test memes carry this label: its figures rest on a handful of memes and can move a lot with a few more.</source>
        <translation>* Fewer than %1 test memes carry this label: its figures rest on a handful of memes and can move a lot with a few more.</translation>
    </message>
    <message>
        <source>Intervals: 95 %, percentile bootstrap over the %1 test memes (%2 resamples%3, seed %4).</source>
        <translation>Intervals: 95 %, percentile bootstrap over the %1 test memes (%2 resamples%3, seed %4).</translation>
    </message>
    <message>
        <source>, stratified by class</source>
        <translation>, stratified by class</translation>
    </message>
    <message>
        <source>No intervals: %1.</source>
        <translation>No intervals: %1.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>p = %1 (Holm %2): %3</source>
        <translation>p = %1 (Holm %2): %3</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>differs</translation>
    </message>
    <message>
        <source>may be noise</source>
        <translation>may be noise</translation>
    </message>
    <message>
        <source>The heatmap in it is the relevance of each image region for the label the model wrongly gave (gradient-weighted attention rollout, Chefer, Gur &amp; Wolf 2021): what raised that label&apos;s score.</source>
        <translation>The heatmap in it is the relevance of each image region for the label the model wrongly gave (gradient-weighted attention rollout, Chefer, Gur &amp; Wolf 2021): what raised that label&apos;s score.</translation>
    </message>
    <message numerus="yes">
        <source>%n heatmap(s) show the model&apos;s raw text-to-image attention averaged over the words (where it looked, not why), because relevance could not be computed: %1.</source>
        <translation>
            <numerusform>%n heatmap(s) show the model&apos;s raw text-to-image attention averaged over the words (where it looked, not why), because relevance could not be computed: %1.</numerusform>
            <numerusform>%n heatmap(s) show the model&apos;s raw text-to-image attention averaged over the words (where it looked, not why), because relevance could not be computed: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no map</source>
        <translation>no map</translation>
    </message>
    <message>
        <source>test macro-F1 (one seed per variant: no spread)</source>
        <translation>test macro-F1 (one seed per variant: no spread)</translation>
    </message>
    <message>
        <source>test macro-F1 (mean ± std over seeds)</source>
        <translation>test macro-F1 (mean ± std over seeds)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>validation loss (classification)</source>
        <translation>validation loss (classification)</translation>
    </message>
    <message>
        <source>Seed-averaged: the mean of a variant&apos;s runs&apos; probabilities per test meme, with a 95 % percentile bootstrap over the test memes. p: paired approximate randomisation test of macro-F1 against the first variant, Holm-corrected across the variants; &apos;differs&apos; at 0.05 after the correction. Network alone: the network&apos;s test macro-F1 without the TF-IDF part validation blended in (*: the test figure includes it).</source>
        <translation>Seed-averaged: the mean of a variant&apos;s runs&apos; probabilities per test meme, with a 95 % percentile bootstrap over the test memes. p: paired approximate randomisation test of macro-F1 against the first variant, Holm-corrected across the variants; &apos;differs&apos; at 0.05 after the correction. Network alone: the network&apos;s test macro-F1 without the TF-IDF part validation blended in (*: the test figure includes it).</translation>
    </message>
</context>
<context>
    <name>memescope::Ablation</name>
    <message>
        <source>Full model</source>
        <translation>Full model</translation>
    </message>
    <message>
        <source>Without the TF-IDF (wide) part</source>
        <translation>Without the TF-IDF (wide) part</translation>
    </message>
    <message>
        <source>Without contrastive alignment</source>
        <translation>Without contrastive alignment</translation>
    </message>
    <message>
        <source>Without the mixture of experts</source>
        <translation>Without the mixture of experts</translation>
    </message>
    <message>
        <source>Concatenation instead of cross-attention</source>
        <translation>Concatenation instead of cross-attention</translation>
    </message>
    <message>
        <source>Cross-attention on the summary token only</source>
        <translation>Cross-attention on the summary token only</translation>
    </message>
    <message>
        <source>Text only (no image encoder)</source>
        <translation>Text only (no image encoder)</translation>
    </message>
    <message>
        <source>Image only (no text encoder)</source>
        <translation>Image only (no text encoder)</translation>
    </message>
    <message>
        <source>Tesseract&apos;s text instead of the dataset&apos;s</source>
        <translation>Tesseract&apos;s text instead of the dataset&apos;s</translation>
    </message>
    <message>
        <source>No text at all</source>
        <translation>No text at all</translation>
    </message>
    <message>
        <source>With the figurative reasoning text</source>
        <translation>With the figurative reasoning text</translation>
    </message>
    <message>
        <source>TF-IDF + logistic regression baseline</source>
        <translation>TF-IDF + logistic regression baseline</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>p = %1 (Holm %2) · %3</source>
        <translation>p = %1 (Holm %2) · %3</translation>
    </message>
    <message>
        <source>✓ differs</source>
        <translation>✓ differs</translation>
    </message>
    <message>
        <source>noise?</source>
        <translation>noise?</translation>
    </message>
</context>
<context>
    <name>memescope::AblationDialog</name>
    <message>
        <source>Ablation Study</source>
        <translation>Ablation Study</translation>
    </message>
    <message>
        <source>Variants (each against the full model)</source>
        <translation>Variants (each against the full model)</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>Queue Study</source>
        <translation>Queue Study</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Runs go into %1</source>
        <translation>Runs go into %1</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Showing the project&apos;s latest study, “%1”. Runs of a new one go into %2</source>
        <translation>Showing the project&apos;s latest study, “%1”. Runs of a new one go into %2</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>ablation %1</source>
        <translation>ablation %1</translation>
    </message>
    <message>
        <source>Queued %1 runs…</source>
        <translation>Queued %1 runs…</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3, seed %4 — epoch %5/%6, batch %7/%8</source>
        <translation>Run %1 of %2: %3, seed %4 — epoch %5/%6, batch %7/%8</translation>
    </message>
    <message>
        <source>Cancelled; finished runs are kept (queue again to continue).</source>
        <translation>Cancelled; finished runs are kept (queue again to continue).</translation>
    </message>
    <message>
        <source>Finished: %1 and %2</source>
        <translation>Finished: %1 and %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Export Ablation Table</source>
        <translation>Export Ablation Table</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>A study is running (see the Jobs panel); queue another when it has finished.</source>
        <translation>A study is running (see the Jobs panel); queue another when it has finished.</translation>
    </message>
    <message numerus="yes">
        <source>Ablation study (%n run(s))</source>
        <translation>
            <numerusform>Ablation study (%n run)</numerusform>
            <numerusform>Ablation study (%n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Small (tiny)</source>
        <translation>Small (tiny)</translation>
    </message>
    <message>
        <source>Reference design (seed)</source>
        <translation>Reference design (seed)</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Model size</translation>
    </message>
    <message>
        <source>Each variant is trained once per seed; with 3 or more the table shows mean ± standard deviation</source>
        <translation>Each variant is trained once per seed; with 3 or more the table shows mean ± standard deviation</translation>
    </message>
    <message>
        <source>as the model size says</source>
        <translation>as the model size says</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>: the baseline alone trains in seconds.</source>
        <translation>: the baseline alone trains in seconds.</translation>
    </message>
    <message>
        <source>The variant&apos;s runs&apos; probabilities averaged per test meme, scored with a 95 % bootstrap interval over the test memes (known when the study has finished)</source>
        <translation>The variant&apos;s runs&apos; probabilities averaged per test meme, scored with a 95 % bootstrap interval over the test memes (known when the study has finished)</translation>
    </message>
    <message>
        <source>Paired approximate randomisation test of macro-F1 against the first variant, Holm-corrected across the variants: ✓ differs at 0.05, otherwise the difference may be noise</source>
        <translation>Paired approximate randomisation test of macro-F1 against the first variant, Holm-corrected across the variants: ✓ differs at 0.05, otherwise the difference may be noise</translation>
    </message>
    <message>
        <source>Test
macro-F1</source>
        <translation>Test
macro-F1</translation>
    </message>
    <message>
        <source>Seed-averaged
(95 %)</source>
        <translation>Seed-averaged
(95 %)</translation>
    </message>
    <message>
        <source>vs the first
variant</source>
        <translation>vs the first
variant</translation>
    </message>
    <message>
        <source>Test
weighted-F1</source>
        <translation>Test
weighted-F1</translation>
    </message>
    <message>
        <source>Val
macro-F1</source>
        <translation>Val
macro-F1</translation>
    </message>
    <message>
        <source>Network alone
(test macro-F1)</source>
        <translation>Network alone
(test macro-F1)</translation>
    </message>
    <message>
        <source>The network&apos;s test macro-F1 without the TF-IDF part that validation may blend in (* where it did: the Test macro-F1 column includes it, so a text-only variant can equal the baseline)</source>
        <translation>The network&apos;s test macro-F1 without the TF-IDF part that validation may blend in (* where it did: the Test macro-F1 column includes it, so a text-only variant can equal the baseline)</translation>
    </message>
    <message>
        <source>, %1 epochs in all: %2 %3 on this machine.</source>
        <translation>, %1 epochs in all: %2 %3 on this machine.</translation>
    </message>
    <message>
        <source>at most about</source>
        <translation>at most about</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message numerus="yes">
        <source>From %n epoch(s) this project measured: %1 of the %2 variants trained here before and take their own epoch time, the others are scaled by their arithmetic per meme (without the image encoder a variant trains many times faster); %3 per run outside the epochs.</source>
        <translation>
            <numerusform>From %n epoch(s) this project measured: %1 of the %2 variants trained here before and take their own epoch time, the others are scaled by their arithmetic per meme (without the image encoder a variant trains many times faster); %3 per run outside the epochs.</numerusform>
            <numerusform>From %n epoch(s) this project measured: %1 of the %2 variants trained here before and take their own epoch time, the others are scaled by their arithmetic per meme (without the image encoder a variant trains many times faster); %3 per run outside the epochs.</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 epochs in all. No neural run has finished in this project yet, so there is no measured epoch time to estimate from.</source>
        <translation>, %1 epochs in all. No neural run has finished in this project yet, so there is no measured epoch time to estimate from.</translation>
    </message>
    <message>
        <source>Validation blended the TF-IDF part into this variant&apos;s predictions, so its test figure is partly the baseline&apos;s: this is the network alone</source>
        <translation>Validation blended the TF-IDF part into this variant&apos;s predictions, so its test figure is partly the baseline&apos;s: this is the network alone</translation>
    </message>
    <message>
        <source>test macro-F1 (one seed)</source>
        <translation>test macro-F1 (one seed)</translation>
    </message>
    <message>
        <source>test macro-F1 (mean ± std)</source>
        <translation>test macro-F1 (mean ± std)</translation>
    </message>
    <message>
        <source>Train the fusion and heads only (encoders frozen; features cached)</source>
        <translation>Train the fusion and heads only (encoders frozen; features cached)</translation>
    </message>
    <message>
        <source>Every variant keeps both encoders frozen whole; what they make of each meme is computed once and shared by all variants with the same encoders.</source>
        <translation>Every variant keeps both encoders frozen whole; what they make of each meme is computed once and shared by all variants with the same encoders.</translation>
    </message>
    <message>
        <source>Frozen encoders train from cached features: their cache is built once for the variants that share it (%1 of the total).</source>
        <translation>Frozen encoders train from cached features: their cache is built once for the variants that share it (%1 of the total).</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3, seed %4 — the frozen encoders&apos; features, meme %5 of %6 (computed once for the variants that share them)</source>
        <translation>Run %1 of %2: %3, seed %4 — the frozen encoders&apos; features, meme %5 of %6 (computed once for the variants that share them)</translation>
    </message>
</context>
<context>
    <name>memescope::AgreementDialog</name>
    <message>
        <source>Annotator Agreement</source>
        <translation>Annotator Agreement</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s): %1.</source>
        <translation>
            <numerusform>%n annotator: %1.</numerusform>
            <numerusform>%n annotators: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement needs at least two annotators (set yours with Label ▸ Set Annotator).</source>
        <translation>Agreement needs at least two annotators (set yours with Label ▸ Set Annotator).</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotators</translation>
    </message>
    <message>
        <source>Shared memes</source>
        <translation>Shared memes</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s κ</source>
        <translation>Mean Cohen&apos;s κ</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen&apos;s κ</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Disagreements</translation>
    </message>
    <message>
        <source>κ %1</source>
        <translation>κ %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>%1 × %2 disagree</source>
        <translation>%1 × %2 disagree</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ (all)</source>
        <translation>Fleiss&apos; κ (all)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α over the %1 memes two or more annotators labelled: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Krippendorff&apos;s α over the %1 memes two or more annotators labelled: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (all)</source>
        <translation>Krippendorff&apos;s α (all)</translation>
    </message>
    <message>
        <source>not shown: fewer than 20 memes</source>
        <translation>not shown: fewer than 20 memes</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation>not shown: %1</translation>
    </message>
    <message>
        <source>(95 % interval: %1).</source>
        <translation>(95 % interval: %1).</translation>
    </message>
    <message>
        <source>Intervals: percentile bootstrap over the memes (%1 resamples, seed %2); multi-label figures are means over the labels.</source>
        <translation>Intervals: percentile bootstrap over the memes (%1 resamples, seed %2); multi-label figures are means over the labels.</translation>
    </message>
    <message>
        <source>Intervals: percentile bootstrap over the memes.</source>
        <translation>Intervals: percentile bootstrap over the memes.</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <source>95 % percentile-bootstrap interval of kappa (alpha in the Krippendorff row), resampling the memes</source>
        <translation>95 % percentile-bootstrap interval of kappa (alpha in the Krippendorff row), resampling the memes</translation>
    </message>
    <message>
        <source>Raters:</source>
        <translation>Raters:</translation>
    </message>
    <message>
        <source>%1 (the dataset file&apos;s labels)</source>
        <translation>%1 (the dataset file&apos;s labels)</translation>
    </message>
    <message>
        <source>Labels imported from a dataset file: one more rater only if you want the file compared with the people</source>
        <translation>Labels imported from a dataset file: one more rater only if you want the file compared with the people</translation>
    </message>
    <message>
        <source>Agreement needs at least two raters: tick another below, or the dataset file&apos;s labels to compare the people with them.</source>
        <translation>Agreement needs at least two raters: tick another below, or the dataset file&apos;s labels to compare the people with them.</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa over the %1 memes everyone labelled: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Fleiss&apos; kappa over the %1 memes everyone labelled: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>memescope::AnalysisPanel</name>
    <message>
        <source>Test split</source>
        <translation>Test split</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Validation split</translation>
    </message>
    <message>
        <source>Training split</source>
        <translation>Training split</translation>
    </message>
    <message>
        <source>All labelled</source>
        <translation>All labelled</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>%1: truth %2, predicted %3</source>
        <translation>%1: truth %2, predicted %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>true %1 → predicted %2</source>
        <translation>true %1 → predicted %2</translation>
    </message>
    <message>
        <source>True vs predicted co-occurrence</source>
        <translation>True vs predicted co-occurrence</translation>
    </message>
    <message>
        <source>Per-label 2 × 2</source>
        <translation>Per-label 2 × 2</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Confusion matrix</translation>
    </message>
    <message>
        <source>No labelled memes with predictions in this split.</source>
        <translation>No labelled memes with predictions in this split.</translation>
    </message>
    <message>
        <source>Select a run (toolbar) to analyse its errors.</source>
        <translation>Select a run (toolbar) to analyse its errors.</translation>
    </message>
    <message>
        <source>%1 memes · accuracy %2 · macro-F1 %3 · weighted-F1 %4 · micro-F1 %5</source>
        <translation>%1 memes · accuracy %2 · macro-F1 %3 · weighted-F1 %4 · micro-F1 %5</translation>
    </message>
    <message>
        <source>true: %1</source>
        <translation>true: %1</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>predicted</translation>
    </message>
    <message>
        <source>true label</source>
        <translation>true label</translation>
    </message>
    <message>
        <source>predicted label</source>
        <translation>predicted label</translation>
    </message>
    <message>
        <source>%1 sure</source>
        <translation>%1 sure</translation>
    </message>
    <message>
        <source>Wrong predictions the model was most sure of. Click one to inspect it.</source>
        <translation>Wrong predictions the model was most sure of. Click one to inspect it.</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>Most confident mistakes</translation>
    </message>
    <message>
        <source>p(given) %1</source>
        <translation>p(given) %1</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>Suspected label errors</translation>
    </message>
    <message>
        <source>F1 (95 % interval)</source>
        <translation>F1 (95 % interval)</translation>
    </message>
    <message>
        <source>Figures from fewer than %1 memes: the interval is wide</source>
        <translation>Figures from fewer than %1 memes: the interval is wide</translation>
    </message>
    <message>
        <source>No interval: %1</source>
        <translation>No interval: %1</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>not computed</translation>
    </message>
    <message>
        <source>95 % bootstrap intervals</source>
        <translation>95 % bootstrap intervals</translation>
    </message>
    <message>
        <source>First the memes whose reposts carry other labels (marked as duplicates; see Duplicates), then those whose given labels get the lowest probability from the model: perhaps mislabelled. Select one and press a label key to relabel it.</source>
        <translation>First the memes whose reposts carry other labels (marked as duplicates; see Duplicates), then those whose given labels get the lowest probability from the model: perhaps mislabelled. Select one and press a label key to relabel it.</translation>
    </message>
</context>
<context>
    <name>memescope::AttentionView</name>
    <message>
        <source>OCR boxes</source>
        <translation>OCR boxes</translation>
    </message>
    <message>
        <source>Tesseract&apos;s word boxes, red (unsure) to green (confident)</source>
        <translation>Tesseract&apos;s word boxes, red (unsure) to green (confident)</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Heatmap opacity</translation>
    </message>
    <message>
        <source>The caption&apos;s words as the model read them: pick one to see where it looks</source>
        <translation>The caption&apos;s words as the model read them: pick one to see where it looks</translation>
    </message>
    <message numerus="yes">
        <source>read by the model as %n piece(s)</source>
        <translation>
            <numerusform>read by the model as %n piece</numerusform>
            <numerusform>read by the model as %n pieces</numerusform>
        </translation>
    </message>
    <message>
        <source>This model&apos;s fusion has no token-level attention to draw.</source>
        <translation>This model&apos;s fusion has no token-level attention to draw.</translation>
    </message>
    <message>
        <source>No image: nothing to attend to.</source>
        <translation>No image: nothing to attend to.</translation>
    </message>
    <message>
        <source>“%1” is not among the words the model read</source>
        <translation>“%1” is not among the words the model read</translation>
    </message>
    <message>
        <source>Where “%1” looks in the image (model attention, averaged over %2 layers × %3 heads)</source>
        <translation>Where “%1” looks in the image (model attention, averaged over %2 layers × %3 heads)</translation>
    </message>
    <message>
        <source>That region is outside the square the vision encoder sees (dashed).</source>
        <translation>That region is outside the square the vision encoder sees (dashed).</translation>
    </message>
    <message>
        <source>attention from the region: %1</source>
        <translation>attention from the region: %1</translation>
    </message>
    <message numerus="yes">
        <source>Words the %n selected patch(es) attend to, brightest = most</source>
        <translation>
            <numerusform>Words the %n selected patch attend to, brightest = most</numerusform>
            <numerusform>Words the %n selected patches attend to, brightest = most</numerusform>
        </translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>Relevance: gradient-weighted attention rollout (Chefer et al. 2021), what raised the class&apos;s score. Integrated gradients (Sundararajan et al. 2017): slower, axiomatic. Raw attention: where the model looked, not why.</source>
        <translation>Relevance: gradient-weighted attention rollout (Chefer et al. 2021), what raised the class&apos;s score. Integrated gradients (Sundararajan et al. 2017): slower, axiomatic. Raw attention: where the model looked, not why.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>The label whose score is explained (the predicted one by default)</source>
        <translation>The label whose score is explained (the predicted one by default)</translation>
    </message>
    <message>
        <source>Word weights</source>
        <translation>Word weights</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <source>Integrated gradients</source>
        <translation>Integrated gradients</translation>
    </message>
    <message>
        <source>Raw attention</source>
        <translation>Raw attention</translation>
    </message>
    <message>
        <source>This model has no token-level attention for this meme</source>
        <translation>This model has no token-level attention for this meme</translation>
    </message>
    <message>
        <source>%1 (predicted)</source>
        <translation>%1 (predicted)</translation>
    </message>
    <message>
        <source>This model&apos;s fusion has no token-level attention to draw: choose Relevance.</source>
        <translation>This model&apos;s fusion has no token-level attention to draw: choose Relevance.</translation>
    </message>
    <message>
        <source>%1 for “%2”: %3</source>
        <translation>%1 for “%2”: %3</translation>
    </message>
    <message>
        <source>%1 for “%2”: what raised the class&apos;s score, in the picture and the words (brightest = most).</source>
        <translation>%1 for “%2”: what raised the class&apos;s score, in the picture and the words (brightest = most).</translation>
    </message>
    <message>
        <source>%1 for “%2”: each word&apos;s coefficient × tf-idf in the TF-IDF model (brightest = raises the score most); the model does not see the picture.</source>
        <translation>%1 for “%2”: each word&apos;s coefficient × tf-idf in the TF-IDF model (brightest = raises the score most); the model does not see the picture.</translation>
    </message>
    <message>
        <source>%1 for “%2”: no image, so the words alone (brightest = most).</source>
        <translation>%1 for “%2”: no image, so the words alone (brightest = most).</translation>
    </message>
    <message>
        <source>%1 for “%2”: nothing in the picture raised the class&apos;s score; the words are coloured by what did.</source>
        <translation>%1 for “%2”: nothing in the picture raised the class&apos;s score; the words are coloured by what did.</translation>
    </message>
    <message>
        <source>Negative attributions (against the class) are not drawn; completeness gap %1.</source>
        <translation>Negative attributions (against the class) are not drawn; completeness gap %1.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Dragging over the image shows which words look there: choose Raw attention.</source>
        <translation>Dragging over the image shows which words look there: choose Raw attention.</translation>
    </message>
</context>
<context>
    <name>memescope::BrowserView</name>
    <message>
        <source>This project has no memes yet. Import a dataset (File ▸ Import) or drop images here.</source>
        <translation>This project has no memes yet. Import a dataset (File ▸ Import) or drop images here.</translation>
    </message>
    <message>
        <source>Every meme is labelled: the labelling queue is empty.

Press Ctrl+U to leave the queue.</source>
        <translation>Every meme is labelled: the labelling queue is empty.

Press Ctrl+U to leave the queue.</translation>
    </message>
    <message>
        <source>No meme matches the filter.</source>
        <translation>No meme matches the filter.</translation>
    </message>
    <message>
        <source>Nothing to review: no reposts with conflicting labels (View ▸ Duplicates finds them) and no labelled meme the selected run disagrees with.

Press Ctrl+Shift+U to leave the queue.</source>
        <translation>Nothing to review: no reposts with conflicting labels (View ▸ Duplicates finds them) and no labelled meme the selected run disagrees with.

Press Ctrl+Shift+U to leave the queue.</translation>
    </message>
</context>
<context>
    <name>memescope::ConfusionMatrixWidget</name>
    <message>
        <source>Select a run to see its confusion matrix</source>
        <translation>Select a run to see its confusion matrix</translation>
    </message>
    <message>
        <source>share of the row&apos;s memes</source>
        <translation>share of the row&apos;s memes</translation>
    </message>
    <message>
        <source>%1: %2 · %3: %4 — %5 memes, %6 % of the row (click to show them)</source>
        <translation>%1: %2 · %3: %4 — %5 memes, %6 % of the row (click to show them)</translation>
    </message>
</context>
<context>
    <name>memescope::DuplicateGroupDelegate</name>
    <message>
        <source>text ≥ %1</source>
        <translation>text ≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>image ≤ %n bit(s)</source>
        <translation>
            <numerusform>image ≤ %n bit</numerusform>
            <numerusform>image ≤ %n bits</numerusform>
        </translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>no split</translation>
    </message>
    <message numerus="yes">
        <source>+%n more

show all in the gallery</source>
        <translation>
            <numerusform>+%n more

show all in the gallery</numerusform>
            <numerusform>+%n more

show all in the gallery</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s)</source>
        <translation>
            <numerusform>%n meme</numerusform>
            <numerusform>%n memes</numerusform>
        </translation>
    </message>
    <message>
        <source>leak</source>
        <translation>leak</translation>
    </message>
    <message>
        <source>conflicting labels</source>
        <translation>conflicting labels</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>no symptom</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>unlabelled</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meme(s)</source>
        <translation>
            <numerusform>%1: %n meme</numerusform>
            <numerusform>%1: %n memes</numerusform>
        </translation>
    </message>
    <message>
        <source>Leak: its members are in the %1 splits, so a model is tested on what it has seen</source>
        <translation>Leak: its members are in the %1 splits, so a model is tested on what it has seen</translation>
    </message>
    <message>
        <source>Conflicting labels: the same meme is labelled differently</source>
        <translation>Conflicting labels: the same meme is labelled differently</translation>
    </message>
    <message>
        <source>Captions match with a similarity of %1 or more (1 = the same words)</source>
        <translation>Captions match with a similarity of %1 or more (1 = the same words)</translation>
    </message>
    <message numerus="yes">
        <source>Pictures match within %n bit(s) of their perceptual hashes (0 = the same picture)</source>
        <translation>
            <numerusform>Pictures match within %n bit of their perceptual hashes (0 = the same picture)</numerusform>
            <numerusform>Pictures match within %n bits of their perceptual hashes (0 = the same picture)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a meme to inspect it</source>
        <translation>Click a meme to inspect it</translation>
    </message>
    <message>
        <source>%1 · %2 split</source>
        <translation>%1 · %2 split</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Unlabelled</translation>
    </message>
    <message>
        <source>Labels: no symptom</source>
        <translation>Labels: no symptom</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Text only</translation>
    </message>
    <message numerus="yes">
        <source>%n more meme(s) of this group: click to show the whole group in the gallery</source>
        <translation>
            <numerusform>%n more meme of this group: click to show the whole group in the gallery</numerusform>
            <numerusform>%n more memes of this group: click to show the whole group in the gallery</numerusform>
        </translation>
    </message>
    <message>
        <source>picture ≥ %1</source>
        <translation>picture ≥ %1</translation>
    </message>
    <message>
        <source>Pictures match where neither meme shows text: at least %1 of it has the same colour, and the same objects and edges (1 = all of it)</source>
        <translation>Pictures match where neither meme shows text: at least %1 of it has the same colour, and the same objects and edges (1 = all of it)</translation>
    </message>
</context>
<context>
    <name>memescope::DuplicateGroupsModel</name>
    <message numerus="yes">
        <source>%1, %n meme(s)</source>
        <translation>
            <numerusform>%1, %n meme</numerusform>
            <numerusform>%1, %n memes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memescope::Duplicates</name>
    <message>
        <source>Same meme</source>
        <translation>Same meme</translation>
    </message>
    <message>
        <source>Same text, other image</source>
        <translation>Same text, other image</translation>
    </message>
    <message>
        <source>Same image, other text</source>
        <translation>Same image, other text</translation>
    </message>
    <message>
        <source>Same text (text only)</source>
        <translation>Same text (text only)</translation>
    </message>
    <message>
        <source>Mixed (image and text links)</source>
        <translation>Mixed (image and text links)</translation>
    </message>
</context>
<context>
    <name>memescope::DuplicatesView</name>
    <message>
        <source>How alike two captions must be to count as the same text: the share of word pairs they have in common (Jaccard similarity), after case, punctuation, handles and watermarks are removed. 1 = the same words only; lower also matches captions with a few words changed. Very short captions are not compared.</source>
        <translation>How alike two captions must be to count as the same text: the share of word pairs they have in common (Jaccard similarity), after case, punctuation, handles and watermarks are removed. 1 = the same words only; lower also matches captions with a few words changed. Very short captions are not compared.</translation>
    </message>
    <message>
        <source>Text similarity ≥</source>
        <translation>Text similarity ≥</translation>
    </message>
    <message>
        <source>How alike two pictures must be to count as the same image: the number of differing bits of their 64-bit perceptual hashes. 0 = the same picture only; about 10 also matches a picture rescaled, re-encoded, stamped or lightly cropped; more risks matching different pictures. Pictures under different captions must be closer still to link their memes.</source>
        <translation>How alike two pictures must be to count as the same image: the number of differing bits of their 64-bit perceptual hashes. 0 = the same picture only; about 10 also matches a picture rescaled, re-encoded, stamped or lightly cropped; more risks matching different pictures. Pictures under different captions must be closer still to link their memes.</translation>
    </message>
    <message>
        <source>Image distance ≤</source>
        <translation>Image distance ≤</translation>
    </message>
    <message>
        <source> bits</source>
        <translation> bits</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Find Duplicates</translation>
    </message>
    <message>
        <source>Hash the pictures not hashed yet, then group the memes that repeat each other under these settings (they become the project&apos;s)</source>
        <translation>Hash the pictures not hashed yet, then group the memes that repeat each other under these settings (they become the project&apos;s)</translation>
    </message>
    <message>
        <source>Settings changed: Find Duplicates applies them</source>
        <translation>Settings changed: Find Duplicates applies them</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Leaks only</source>
        <translation>Leaks only</translation>
    </message>
    <message>
        <source>Groups whose members are in more than one of the training, validation and test splits</source>
        <translation>Groups whose members are in more than one of the training, validation and test splits</translation>
    </message>
    <message>
        <source>Conflicting labels only</source>
        <translation>Conflicting labels only</translation>
    </message>
    <message>
        <source>Groups whose labelled members are labelled differently</source>
        <translation>Groups whose labelled members are labelled differently</translation>
    </message>
    <message>
        <source>a duplicate group (%1)</source>
        <translation>a duplicate group (%1)</translation>
    </message>
    <message numerus="yes">
        <source>No duplicates among %n meme(s) under these settings</source>
        <translation>
            <numerusform>No duplicates among %n meme under these settings</numerusform>
            <numerusform>No duplicates among %n memes under these settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) holding %1 memes</source>
        <translation>
            <numerusform>%n group holding %1 memes</numerusform>
            <numerusform>%n groups holding %1 memes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leak(s) across splits (%1)</source>
        <translation>
            <numerusform>%n leak across splits (%1)</numerusform>
            <numerusform>%n leaks across splits (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no leaks across splits</source>
        <translation>no leaks across splits</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test meme(s) repeat a training or validation meme</source>
        <translation>
            <numerusform>%1 of %n test meme repeats a training or validation meme</numerusform>
            <numerusform>%1 of %n test memes repeat a training or validation meme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with conflicting labels</source>
        <translation>
            <numerusform>%n with conflicting labels</numerusform>
            <numerusform>%n with conflicting labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) without a hash compared by their text only</source>
        <translation>
            <numerusform>%n image without a hash compared by their text only</numerusform>
            <numerusform>%n images without a hash compared by their text only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) shown</source>
        <translation>
            <numerusform>%1 of %n group shown</numerusform>
            <numerusform>%1 of %n groups shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project to find the memes that repeat each other.</source>
        <translation>Open a project to find the memes that repeat each other.</translation>
    </message>
    <message>
        <source>Looking for duplicates… (the Jobs panel shows how far it has got)</source>
        <translation>Looking for duplicates… (the Jobs panel shows how far it has got)</translation>
    </message>
    <message>
        <source>Not searched yet. Find Duplicates compares every caption and picture of the project: the same meme uploaded again, a caption over another picture, a picture under another caption — and finds the groups that leak across the training, validation and test splits.</source>
        <translation>Not searched yet. Find Duplicates compares every caption and picture of the project: the same meme uploaded again, a caption over another picture, a picture under another caption — and finds the groups that leak across the training, validation and test splits.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>No memes repeat each other under these settings.</source>
        <translation>No memes repeat each other under these settings.</translation>
    </message>
    <message>
        <source>No group matches the filters.</source>
        <translation>No group matches the filters.</translation>
    </message>
    <message>
        <source>How alike two pictures must be to count as the same picture under another caption: the share of the picture, where neither meme shows text, that has the same colour in both. 1 = every part; 0.9 also matches a picture rescaled or re-encoded. The objects and edges must match as well, so pictures that only share a plain backdrop stay apart.</source>
        <translation>How alike two pictures must be to count as the same picture under another caption: the share of the picture, where neither meme shows text, that has the same colour in both. 1 = every part; 0.9 also matches a picture rescaled or re-encoded. The objects and edges must match as well, so pictures that only share a plain backdrop stay apart.</translation>
    </message>
    <message>
        <source>Picture ≥</source>
        <translation>Picture ≥</translation>
    </message>
</context>
<context>
    <name>memescope::EmbeddingScatter</name>
    <message>
        <source>Fused embedding</source>
        <translation>Fused embedding</translation>
    </message>
    <message>
        <source>Text embedding</source>
        <translation>Text embedding</translation>
    </message>
    <message>
        <source>Image embedding</source>
        <translation>Image embedding</translation>
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
        <translation>Colour by true label</translation>
    </message>
    <message>
        <source>Colour by correctness</source>
        <translation>Colour by correctness</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>unlabelled</translation>
    </message>
    <message>
        <source>no label / unlabelled</source>
        <translation>no label / unlabelled</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <source>Draw around points to show those memes in the gallery</source>
        <translation>Draw around points to show those memes in the gallery</translation>
    </message>
    <message>
        <source>click a point to inspect the meme; wheel zooms, drag pans</source>
        <translation>click a point to inspect the meme; wheel zooms, drag pans</translation>
    </message>
    <message>
        <source>Projecting the embeddings (t-SNE)…</source>
        <translation>Projecting the embeddings (t-SNE)…</translation>
    </message>
    <message>
        <source>Select a run (toolbar) to see its embeddings.</source>
        <translation>Select a run (toolbar) to see its embeddings.</translation>
    </message>
    <message>
        <source>This run stored no %1. A TF-IDF baseline learns no embedding to project; neural runs store them for every meme.</source>
        <translation>This run stored no %1. A TF-IDF baseline learns no embedding to project; neural runs store them for every meme.</translation>
    </message>
    <message>
        <source>None of this run&apos;s embeddings belong to memes still in the project.</source>
        <translation>None of this run&apos;s embeddings belong to memes still in the project.</translation>
    </message>
    <message>
        <source>lasso in the embedding view</source>
        <translation>lasso in the embedding view</translation>
    </message>
</context>
<context>
    <name>memescope::Explain</name>
    <message>
        <source>Raw attention</source>
        <translation>Raw attention</translation>
    </message>
    <message>
        <source>Integrated gradients</source>
        <translation>Integrated gradients</translation>
    </message>
    <message>
        <source>Relevance (gradient-weighted rollout)</source>
        <translation>Relevance (gradient-weighted rollout)</translation>
    </message>
    <message>
        <source>Word weights (coefficient × tf-idf)</source>
        <translation>Word weights (coefficient × tf-idf)</translation>
    </message>
    <message>
        <source>integrated gradients: %1 path points</source>
        <translation>integrated gradients: %1 path points</translation>
    </message>
</context>
<context>
    <name>memescope::Faithfulness</name>
    <message>
        <source>no meme to measure</source>
        <translation>no meme to measure</translation>
    </message>
    <message>
        <source>testing the relevance maps</source>
        <translation>testing the relevance maps</translation>
    </message>
    <message>
        <source>Random order (the floor)</source>
        <translation>Random order (the floor)</translation>
    </message>
    <message>
        <source>Deletion: the class probability&apos;s mean fall (AOPC) as the most relevant 10-50 % of the picture&apos;s patches or the caption&apos;s words are removed; higher = more faithful.
</source>
        <translation>Deletion: the class probability&apos;s mean fall (AOPC) as the most relevant 10-50 % of the picture&apos;s patches or the caption&apos;s words are removed; higher = more faithful.
</translation>
    </message>
    <message>
        <source>Pointing game: the share of memes whose most relevant patch lies on the label&apos;s motif / whose most relevant word is one of the label&apos;s words; for the random floor, the share expected by chance.
</source>
        <translation>Pointing game: the share of memes whose most relevant patch lies on the label&apos;s motif / whose most relevant word is one of the label&apos;s words; for the random floor, the share expected by chance.
</translation>
    </message>
    <message>
        <source>95 % percentile-bootstrap intervals over the memes in brackets.

</source>
        <translation>95 % percentile-bootstrap intervals over the memes in brackets.

</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>AOPC picture</source>
        <translation>AOPC picture</translation>
    </message>
    <message>
        <source>AOPC words</source>
        <translation>AOPC words</translation>
    </message>
    <message>
        <source>motif hit</source>
        <translation>motif hit</translation>
    </message>
    <message>
        <source>word hit</source>
        <translation>word hit</translation>
    </message>
    <message>
        <source>s/meme</source>
        <translation>s/meme</translation>
    </message>
    <message>
        <source>Paired differences (the same memes):</source>
        <translation>Paired differences (the same memes):</translation>
    </message>
    <message>
        <source>%1 memes. Motif hits on the %2 whose drawn motif is one of their labels; word hits on the %3 whose caption holds words of their label.</source>
        <translation>%1 memes. Motif hits on the %2 whose drawn motif is one of their labels; word hits on the %3 whose caption holds words of their label.</translation>
    </message>
    <message>
        <source>(No truth file: the pointing game needs the demo&apos;s demo_truth.json, --truth.)</source>
        <translation>(No truth file: the pointing game needs the demo&apos;s demo_truth.json, --truth.)</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>note: </translation>
    </message>
    <message>
        <source>Cancelled: the figures cover the memes done so far.</source>
        <translation>Cancelled: the figures cover the memes done so far.</translation>
    </message>
</context>
<context>
    <name>memescope::FeatureCache</name>
    <message>
        <source>Frozen encoder features: at most %1 for %2 memes, computed once.</source>
        <translation>Frozen encoder features: at most %1 for %2 memes, computed once.</translation>
    </message>
    <message>
        <source>Frozen encoder features: %1 for %2 memes, computed once.</source>
        <translation>Frozen encoder features: %1 for %2 memes, computed once.</translation>
    </message>
    <message>
        <source>Building them takes about %1 (%2 memes/s measured here).</source>
        <translation>Building them takes about %1 (%2 memes/s measured here).</translation>
    </message>
    <message>
        <source>Building them takes one pass of the frozen layers over the memes (not measured here yet).</source>
        <translation>Building them takes one pass of the frozen layers over the memes (not measured here yet).</translation>
    </message>
    <message>
        <source>The project&apos;s cache holds %1 now (memes already there are not computed again).</source>
        <translation>The project&apos;s cache holds %1 now (memes already there are not computed again).</translation>
    </message>
</context>
<context>
    <name>memescope::FilterBar</name>
    <message>
        <source>Search id, text, reasoning…</source>
        <translation>Search id, text, reasoning…</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>All splits</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Unlabelled</translation>
    </message>
    <message>
        <source>OCR: any</source>
        <translation>OCR: any</translation>
    </message>
    <message>
        <source>OCR done</source>
        <translation>OCR done</translation>
    </message>
    <message>
        <source>OCR not done</source>
        <translation>OCR not done</translation>
    </message>
    <message>
        <source>Predictions: any</source>
        <translation>Predictions: any</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>Confidence of the predicted label (needs a run)</source>
        <translation>Confidence of the predicted label (needs a run)</translation>
    </message>
    <message>
        <source>✕ Show all again</source>
        <translation>✕ Show all again</translation>
    </message>
    <message>
        <source>Duplicates: any</source>
        <translation>Duplicates: any</translation>
    </message>
    <message>
        <source>Has duplicates</source>
        <translation>Has duplicates</translation>
    </message>
    <message>
        <source>Leaks into test</source>
        <translation>Leaks into test</translation>
    </message>
    <message>
        <source>Memes that repeat another meme; test memes that repeat a training or validation meme</source>
        <translation>Memes that repeat another meme; test memes that repeat a training or validation meme</translation>
    </message>
    <message>
        <source>Find duplicates first (View ▸ Duplicates)</source>
        <translation>Find duplicates first (View ▸ Duplicates)</translation>
    </message>
</context>
<context>
    <name>memescope::GalleryTileDelegate</name>
    <message>
        <source>unlabelled</source>
        <translation>unlabelled</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>no symptom</translation>
    </message>
    <message>
        <source>is: %1</source>
        <translation>is: %1</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>model: %1</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(no text)</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>text only</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>Unlabelled</translation>
    </message>
    <message>
        <source>Labels: no symptom</source>
        <translation>Labels: no symptom</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Model: %1 (confidence %2)</source>
        <translation>Model: %1 (confidence %2)</translation>
    </message>
    <message>
        <source>A test meme that repeats a training or validation meme (View ▸ Duplicates)</source>
        <translation>A test meme that repeats a training or validation meme (View ▸ Duplicates)</translation>
    </message>
    <message>
        <source>Repeats another meme (View ▸ Duplicates)</source>
        <translation>Repeats another meme (View ▸ Duplicates)</translation>
    </message>
</context>
<context>
    <name>memescope::HeatLegend</name>
    <message>
        <source>Attention weight of each image patch (the patches of one word sum to 1): the colours span the lowest to the highest weight of the heatmap on show.</source>
        <translation>Attention weight of each image patch (the patches of one word sum to 1): the colours span the lowest to the highest weight of the heatmap on show.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
</context>
<context>
    <name>memescope::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 imported, %3 merged, %4 flagged, %5 skipped</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 imported, %3 merged, %4 flagged, %5 skipped</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>memescope::InspectorPanel</name>
    <message>
        <source>No meme selected</source>
        <translation>No meme selected</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labels&lt;/b&gt; (keys 1–9)</source>
        <translation>&lt;b&gt;Labels&lt;/b&gt; (keys 1–9)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Model&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a meme in the gallery</source>
        <translation>Select a meme in the gallery</translation>
    </message>
    <message>
        <source>Figurative reasoning</source>
        <translation>Figurative reasoning</translation>
    </message>
    <message>
        <source>Mental state</source>
        <translation>Mental state</translation>
    </message>
    <message>
        <source>Cause and effect</source>
        <translation>Cause and effect</translation>
    </message>
    <message>
        <source>Figurative understanding</source>
        <translation>Figurative understanding</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>no symptom</translation>
    </message>
    <message>
        <source>The model could not read this meme: %1</source>
        <translation>The model could not read this meme: %1</translation>
    </message>
    <message>
        <source>Space or a double-click on the image: the meme full size</source>
        <translation>Space or a double-click on the image: the meme full size</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Words the model reads</source>
        <translation>Words the model reads</translation>
    </message>
    <message>
        <source>Label history</source>
        <translation>Label history</translation>
    </message>
    <message>
        <source>The model&apos;s probability of “%1”</source>
        <translation>The model&apos;s probability of “%1”</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>The image cannot be read: %1</translation>
    </message>
    <message>
        <source>Text only — no image (%1)</source>
        <translation>Text only — no image (%1)</translation>
    </message>
    <message>
        <source>expert %1: %2 %</source>
        <translation>expert %1: %2 %</translation>
    </message>
    <message numerus="yes">
        <source>The model routes every meme through %n expert network(s) and mixes their answers with these weights.</source>
        <translation>
            <numerusform>The model routes every meme through %n expert network and mixes their answers with these weights.</numerusform>
            <numerusform>The model routes every meme through %n expert networks and mixes their answers with these weights.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Your answer: %1</translation>
    </message>
    <message>
        <source>You have not labelled this meme yet.</source>
        <translation>You have not labelled this meme yet.</translation>
    </message>
    <message>
        <source>Hidden while labelling blind</source>
        <translation>Hidden while labelling blind</translation>
    </message>
    <message>
        <source>Nobody has labelled this meme yet.</source>
        <translation>Nobody has labelled this meme yet.</translation>
    </message>
    <message numerus="yes">
        <source>Decided by %1 (adjudicator); %2 of %n annotator(s) chose it</source>
        <translation>
            <numerusform>Decided by %1 (adjudicator); %2 of %n annotator chose it</numerusform>
            <numerusform>Decided by %1 (adjudicator); %2 of %n annotators chose it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotator(s) chose this label</source>
        <translation>
            <numerusform>%1 of %n annotator chose this label</numerusform>
            <numerusform>%1 of %n annotators chose this label</numerusform>
        </translation>
    </message>
    <message>
        <source>the dataset file</source>
        <translation>the dataset file</translation>
    </message>
    <message>
        <source>model suggestion (%1)</source>
        <translation>model suggestion (%1)</translation>
    </message>
    <message>
        <source>%1 (adjudicator)</source>
        <translation>%1 (adjudicator)</translation>
    </message>
    <message>
        <source>Mixture of experts: %1</source>
        <translation>Mixture of experts: %1</translation>
    </message>
    <message numerus="yes">
        <source>Each label as the majority of %n annotator(s) chose it</source>
        <translation>
            <numerusform>Each label as the majority of %n annotator chose it</numerusform>
            <numerusform>Each label as the majority of %n annotators chose it</numerusform>
        </translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>label %1</translation>
    </message>
    <message>
        <source>Labelling blind: what the model reads and predicts is hidden.</source>
        <translation>Labelling blind: what the model reads and predicts is hidden.</translation>
    </message>
    <message>
        <source>Computing integrated gradients (progress and Cancel in the Jobs panel)…</source>
        <translation>Computing integrated gradients (progress and Cancel in the Jobs panel)…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Computing %1…</translation>
    </message>
    <message>
        <source>Integrated gradients · %1</source>
        <translation>Integrated gradients · %1</translation>
    </message>
    <message>
        <source>Integrated gradients for %1 (completeness gap %2)</source>
        <translation>Integrated gradients for %1 (completeness gap %2)</translation>
    </message>
    <message>
        <source>Cancelled: choose the method again to compute it.</source>
        <translation>Cancelled: choose the method again to compute it.</translation>
    </message>
    <message>
        <source>No explanation: %1</source>
        <translation>No explanation: %1</translation>
    </message>
    <message>
        <source>The run&apos;s model could not be loaded (%1), so no relevance can be computed.</source>
        <translation>The run&apos;s model could not be loaded (%1), so no relevance can be computed.</translation>
    </message>
    <message>
        <source>The heatmap is the attention stored with the run: where the model looked, averaged over the words, not why.</source>
        <translation>The heatmap is the attention stored with the run: where the model looked, averaged over the words, not why.</translation>
    </message>
</context>
<context>
    <name>memescope::JobRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h left</source>
        <translation>about %1 h left</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>no project is open</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: cancelled</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: finished</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>internal error: %1</translation>
    </message>
</context>
<context>
    <name>memescope::JobsPanel</name>
    <message>
        <source>Background jobs (import, OCR, training) appear here.</source>
        <translation>Background jobs (import, OCR, training) appear here.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>memescope::LabelingController</name>
    <message>
        <source>Label “%1”</source>
        <translation>Label “%1”</translation>
    </message>
    <message>
        <source>Label %1 memes “%2”</source>
        <translation>Label %1 memes “%2”</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n meme(s) as no symptom</source>
        <translation>
            <numerusform>Mark %n meme as no symptom</numerusform>
            <numerusform>Mark %n memes as no symptom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set labels of %n meme(s)</source>
        <translation>
            <numerusform>Set labels of %n meme</numerusform>
            <numerusform>Set labels of %n memes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept model suggestion for %n meme(s)</source>
        <translation>
            <numerusform>Accept model suggestion for %n meme</numerusform>
            <numerusform>Accept model suggestion for %n memes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (adjudicated)</source>
        <translation>%1 (adjudicated)</translation>
    </message>
    <message numerus="yes">
        <source>Agree with the label of %n meme(s)</source>
        <translation>
            <numerusform>Agree with the label of %n meme</numerusform>
            <numerusform>Agree with the label of %n memes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memescope::LabellingMenu</name>
    <message>
        <source>Auto-&amp;Advance After Labelling</source>
        <translation>Auto-&amp;Advance After Labelling</translation>
    </message>
    <message>
        <source>Toggle “%1”</source>
        <translation>Toggle “%1”</translation>
    </message>
    <message>
        <source>Set “%1”</source>
        <translation>Set “%1”</translation>
    </message>
    <message>
        <source>No Symptom (clear labels)</source>
        <translation>No Symptom (clear labels)</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>&amp;Accept Model Suggestion</source>
        <translation>&amp;Accept Model Suggestion</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Set A&amp;nnotator…</source>
        <translation>Set A&amp;nnotator…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Annotator A&amp;greement…</source>
        <translation>Annotator A&amp;greement…</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Your name, recorded with every label you set:</source>
        <translation>Your name, recorded with every label you set:</translation>
    </message>
    <message numerus="yes">
        <source>Labelling queue: %n unlabelled meme(s), the model&apos;s least certain first</source>
        <translation>
            <numerusform>Labelling queue: %n unlabelled meme, the model&apos;s least certain first</numerusform>
            <numerusform>Labelling queue: %n unlabelled memes, the model&apos;s least certain first</numerusform>
        </translation>
    </message>
    <message>
        <source>Labelling queue: select a run to order it by the model&apos;s uncertainty</source>
        <translation>Labelling queue: select a run to order it by the model&apos;s uncertainty</translation>
    </message>
    <message>
        <source>&amp;Blind Labelling (Hide Others’ Labels and the Model)</source>
        <translation>&amp;Blind Labelling (Hide Others’ Labels and the Model)</translation>
    </message>
    <message>
        <source>A&amp;djudicate (My Labels Settle Disagreements)</source>
        <translation>A&amp;djudicate (My Labels Settle Disagreements)</translation>
    </message>
    <message>
        <source>Shows only your own answers, so that what others chose cannot sway yours: independent answers are what agreement statistics assume.</source>
        <translation>Shows only your own answers, so that what others chose cannot sway yours: independent answers are what agreement statistics assume.</translation>
    </message>
    <message>
        <source>Blind labelling: you see only your own answers; the model&apos;s suggestion is hidden</source>
        <translation>Blind labelling: you see only your own answers; the model&apos;s suggestion is hidden</translation>
    </message>
    <message>
        <source>Blind labelling off: the current labels are shown</source>
        <translation>Blind labelling off: the current labels are shown</translation>
    </message>
    <message>
        <source>Your answers decide the current label of the memes you label, whatever the majority chose. They are not counted in the agreement statistics.</source>
        <translation>Your answers decide the current label of the memes you label, whatever the majority chose. They are not counted in the agreement statistics.</translation>
    </message>
    <message>
        <source>A&amp;gree With the Current Label</source>
        <translation>A&amp;gree With the Current Label</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Labelling &amp;Queue: Most Uncertain First (Again to Leave)</source>
        <translation>Labelling &amp;Queue: Most Uncertain First (Again to Leave)</translation>
    </message>
    <message>
        <source>Left the labelling queue</source>
        <translation>Left the labelling queue</translation>
    </message>
    <message>
        <source>Labelling as %1%2 (Label ▸ Set Annotator… to change)</source>
        <translation>Labelling as %1%2 (Label ▸ Set Annotator… to change)</translation>
    </message>
    <message>
        <source>, blind</source>
        <translation>, blind</translation>
    </message>
    <message>
        <source>&amp;Review Queue: Conflicting Reposts, Then the Model&apos;s Disagreements (Again to Leave)</source>
        <translation>&amp;Review Queue: Conflicting Reposts, Then the Model&apos;s Disagreements (Again to Leave)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>A second look at labelled memes: reposts whose labels differ, then the memes whose labels the selected run supports least</source>
        <translation>A second look at labelled memes: reposts whose labels differ, then the memes whose labels the selected run supports least</translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation>Left the queue</translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s) in reposts with conflicting labels</source>
        <translation>
            <numerusform>%n meme(s) in reposts with conflicting labels</numerusform>
            <numerusform>%n meme(s) in reposts with conflicting labels</numerusform>
        </translation>
    </message>
    <message>
        <source>no duplicate result (View ▸ Duplicates)</source>
        <translation>no duplicate result (View ▸ Duplicates)</translation>
    </message>
    <message numerus="yes">
        <source>%n the run disagrees with</source>
        <translation>
            <numerusform>%n the run disagrees with</numerusform>
            <numerusform>%n the run disagrees with</numerusform>
        </translation>
    </message>
    <message>
        <source>no run selected</source>
        <translation>no run selected</translation>
    </message>
    <message>
        <source>Review queue: %1</source>
        <translation>Review queue: %1</translation>
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
        <translation>Language</translation>
    </message>
    <message>
        <source>MemeScope will use the new language from its next start.</source>
        <translation>MemeScope will use the new language from its next start.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Restart Now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>memescope::Leaks</name>
    <message>
        <source>duplicates: captions %1 alike or more, pictures within %2 bits</source>
        <translation>duplicates: captions %1 alike or more, pictures within %2 bits</translation>
    </message>
    <message>
        <source>none of the %1 %2 memes repeats a training or validation meme (%3)</source>
        <translation>none of the %1 %2 memes repeats a training or validation meme (%3)</translation>
    </message>
    <message>
        <source>every one of the %1 %2 memes repeats a training or validation meme: no leak-free figures (%3)</source>
        <translation>every one of the %1 %2 memes repeats a training or validation meme: no leak-free figures (%3)</translation>
    </message>
    <message>
        <source>macro-F1 %1 on all %2 %3 memes; %4 on the %5 that repeat no training or validation meme (%6 left out; %7)</source>
        <translation>macro-F1 %1 on all %2 %3 memes; %4 on the %5 that repeat no training or validation meme (%6 left out; %7)</translation>
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
        <translation>Labels not saved</translation>
    </message>
    <message>
        <source>Open a project (File ▸ Open) or create one (File ▸ New)</source>
        <translation>Open a project (File ▸ Open) or create one (File ▸ New)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Error Analysis</source>
        <translation>Error Analysis</translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s): %1</source>
        <translation>
            <numerusform>%n meme: %1</numerusform>
            <numerusform>%n memes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source> Run: </source>
        <translation> Run: </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>&amp;Import Dataset…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Add Images…</source>
        <translation>&amp;Add Images…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Export Report…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Close Project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Select &amp;All Shown</source>
        <translation>Select &amp;All Shown</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Clear &amp;Filters</source>
        <translation>Clear &amp;Filters</translation>
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
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Gallery</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Run &amp;OCR on New Images</source>
        <translation>Run &amp;OCR on New Images</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Train a Model…</source>
        <translation>&amp;Train a Model…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Run an &amp;Ablation Study…</source>
        <translation>Run an &amp;Ablation Study…</translation>
    </message>
    <message>
        <source>Reload &amp;Runs</source>
        <translation>Reload &amp;Runs</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About MemeScope</source>
        <translation>&amp;About MemeScope</translation>
    </message>
    <message>
        <source>%1[*] — MemeScope</source>
        <translation>%1[*] — MemeScope</translation>
    </message>
    <message>
        <source>Opened %1 — every label is saved as you set it</source>
        <translation>Opened %1 — every label is saved as you set it</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>MemeScope projects (*.memescope)</source>
        <translation>MemeScope projects (*.memescope)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 already exists; open it instead.</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Cannot create project</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Open or create a project first.</translation>
    </message>
    <message>
        <source>Import Dataset Folder</source>
        <translation>Import Dataset Folder</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>Select a finished run in the toolbar first.</source>
        <translation>Select a finished run in the toolbar first.</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML report (*.html);;PDF report (*.pdf)</translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>Add Images</translation>
    </message>
    <message>
        <source>About MemeScope</source>
        <translation>About MemeScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MemeScope %1&lt;/h3&gt;&lt;p&gt;A workbench for researchers who study mental-health memes.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3&lt;br&gt;Compute: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MemeScope %1&lt;/h3&gt;&lt;p&gt;A workbench for researchers who study mental-health memes.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3&lt;br&gt;Compute: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Memes</source>
        <translation>Memes</translation>
    </message>
    <message>
        <source>&amp;Focus on the Meme</source>
        <translation>&amp;Focus on the Meme</translation>
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
        <translation>&amp;Error Analysis</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>labelling blind as %1</source>
        <translation>labelling blind as %1</translation>
    </message>
    <message>
        <source>adjudicating as %1</source>
        <translation>adjudicating as %1</translation>
    </message>
    <message>
        <source>labelling as %1</source>
        <translation>labelling as %1</translation>
    </message>
    <message>
        <source>%1 shown · %2 selected · %3 of %4 labelled · %5</source>
        <translation>%1 shown · %2 selected · %3 of %4 labelled · %5</translation>
    </message>
    <message>
        <source>Hidden while labelling blind: it shows the model&apos;s judgement</source>
        <translation>Hidden while labelling blind: it shows the model&apos;s judgement</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplicates</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>MemeScope &amp;User Guide</source>
        <translation>MemeScope &amp;User Guide</translation>
    </message>
    <message>
        <source>User guide not found</source>
        <translation>User guide not found</translation>
    </message>
    <message>
        <source>The user guide is not installed. Looked for:
%1</source>
        <translation>The user guide is not installed. Looked for:
%1</translation>
    </message>
    <message>
        <source>Preparing the project in the background: OCR, then a first model. The memes can be browsed and labelled meanwhile.</source>
        <translation>Preparing the project in the background: OCR, then a first model. The memes can be browsed and labelled meanwhile.</translation>
    </message>
</context>
<context>
    <name>memescope::MemeCanvas</name>
    <message>
        <source>“%1” — confidence %2</source>
        <translation>“%1” — confidence %2</translation>
    </message>
</context>
<context>
    <name>memescope::MemeFocusView</name>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Model&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text&lt;/b&gt;</source>
        <translation>&lt;b&gt;Text&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Words the model reads&lt;/b&gt; (coloured by the chosen method; with raw attention, click one or drag over the image)</source>
        <translation>&lt;b&gt;Words the model reads&lt;/b&gt; (coloured by the chosen method; with raw attention, click one or drag over the image)</translation>
    </message>
</context>
<context>
    <name>memescope::MemoryAdvice</name>
    <message numerus="yes">
        <source>measured on %n earlier run(s) of this network</source>
        <translation>
            <numerusform>measured on %n earlier run of this network</numerusform>
            <numerusform>measured on %n earlier runs of this network</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 GB</source>
        <translation>at most %1 GB</translation>
    </message>
    <message>
        <source>about %1 GB</source>
        <translation>about %1 GB</translation>
    </message>
    <message>
        <source>Memory: %1 at its peak (%2), of this computer&apos;s %3 GB.</source>
        <translation>Memory: %1 at its peak (%2), of this computer&apos;s %3 GB.</translation>
    </message>
    <message>
        <source>This run will need %1 of memory at its peak (%2), more than this computer&apos;s %3 GB can give it: lower the batch size, freeze encoder layers or recompute activations in backward.</source>
        <translation>This run will need %1 of memory at its peak (%2), more than this computer&apos;s %3 GB can give it: lower the batch size, freeze encoder layers or recompute activations in backward.</translation>
    </message>
</context>
<context>
    <name>memescope::ModelWords</name>
    <message>
        <source>word-patch attention</source>
        <translation>word-patch attention</translation>
    </message>
    <message>
        <source>summary-token attention</source>
        <translation>summary-token attention</translation>
    </message>
    <message>
        <source>concatenation</source>
        <translation>concatenation</translation>
    </message>
    <message>
        <source>trained from scratch</source>
        <translation>trained from scratch</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>TF-IDF + logistic regression</source>
        <translation>TF-IDF + logistic regression</translation>
    </message>
    <message>
        <source>reference design</source>
        <translation>reference design</translation>
    </message>
    <message>
        <source>small</source>
        <translation>small</translation>
    </message>
    <message>
        <source>image only</source>
        <translation>image only</translation>
    </message>
    <message>
        <source>RoBERTa</source>
        <translation>RoBERTa</translation>
    </message>
    <message>
        <source>word n-grams</source>
        <translation>word n-grams</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>text only</translation>
    </message>
    <message>
        <source>OCR text</source>
        <translation>OCR text</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>the dataset&apos;s text</source>
        <translation>the dataset&apos;s text</translation>
    </message>
    <message>
        <source>Tesseract&apos;s OCR text</source>
        <translation>Tesseract&apos;s OCR text</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Text read</source>
        <translation>Text read</translation>
    </message>
    <message>
        <source>, with the figurative reasoning</source>
        <translation>, with the figurative reasoning</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Text encoder</source>
        <translation>Text encoder</translation>
    </message>
    <message>
        <source>RoBERTa, %1 layers, %2</source>
        <translation>RoBERTa, %1 layers, %2</translation>
    </message>
    <message>
        <source>word and character n-grams (%1 dimensions)</source>
        <translation>word and character n-grams (%1 dimensions)</translation>
    </message>
    <message>
        <source>Image encoder</source>
        <translation>Image encoder</translation>
    </message>
    <message>
        <source>CLIP vision transformer, %1 layers, %2 px, %3</source>
        <translation>CLIP vision transformer, %1 layers, %2 px, %3</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>%1, %2 layers of %3 dimensions</source>
        <translation>%1, %2 layers of %3 dimensions</translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation>Mixture of experts</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>%1 experts, all mixed</source>
        <translation>%1 experts, all mixed</translation>
    </message>
    <message>
        <source>%1 experts, the best %2 per meme</source>
        <translation>%1 experts, the best %2 per meme</translation>
    </message>
    <message>
        <source>Contrastive alignment</source>
        <translation>Contrastive alignment</translation>
    </message>
    <message>
        <source>on (weight %1, temperature %2)</source>
        <translation>on (weight %1, temperature %2)</translation>
    </message>
    <message>
        <source>TF-IDF blended in</source>
        <translation>TF-IDF blended in</translation>
    </message>
    <message>
        <source>yes, weight chosen on validation</source>
        <translation>yes, weight chosen on validation</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>%1 epochs, batches of %2, learning rate %3, seed %4</source>
        <translation>%1 epochs, batches of %2, learning rate %3, seed %4</translation>
    </message>
    <message>
        <source>Decision thresholds</source>
        <translation>Decision thresholds</translation>
    </message>
    <message>
        <source>tuned per label on validation</source>
        <translation>tuned per label on validation</translation>
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
        <translation>assembling the report</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>writing %1</translation>
    </message>
    <message>
        <source>%1, seed %2: %3</source>
        <translation>%1, seed %2: %3</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>epoch %1 of %2</translation>
    </message>
    <message>
        <source>scoring every meme</source>
        <translation>scoring every meme</translation>
    </message>
    <message>
        <source>reading text (OCR)</source>
        <translation>reading text (OCR)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>rendering memes</source>
        <translation>rendering memes</translation>
    </message>
    <message>
        <source>hashing images for duplicates</source>
        <translation>hashing images for duplicates</translation>
    </message>
    <message>
        <source>finding duplicates</source>
        <translation>finding duplicates</translation>
    </message>
    <message>
        <source>updating leak-free figures</source>
        <translation>updating leak-free figures</translation>
    </message>
    <message>
        <source>computing frozen encoder features</source>
        <translation>computing frozen encoder features</translation>
    </message>
</context>
<context>
    <name>memescope::ProjectSession</name>
    <message>
        <source>Run “%1” loaded (%2)</source>
        <translation>Run “%1” loaded (%2)</translation>
    </message>
    <message>
        <source>Run “%1”: its model could not be loaded (%2); stored predictions only</source>
        <translation>Run “%1”: its model could not be loaded (%2); stored predictions only</translation>
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
            <numerusform>Imported %n meme from %1</numerusform>
            <numerusform>Imported %n memes from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>OCR %1: %2 images read, %3 unreadable, %4 s</source>
        <translation>OCR %1: %2 images read, %3 unreadable, %4 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Report %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n section(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n section)</numerusform>
            <numerusform>Wrote %1 (%n sections)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Add images</translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s) added</source>
        <translation>
            <numerusform>%n meme added</numerusform>
            <numerusform>%n memes added</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>Label suggestions</source>
        <translation>Label suggestions</translation>
    </message>
    <message>
        <source>predicting</source>
        <translation>predicting</translation>
    </message>
    <message numerus="yes">
        <source>The model suggested labels for %n new meme(s): press A to accept one</source>
        <translation>
            <numerusform>The model suggested labels for %n new meme: press A to accept it</numerusform>
            <numerusform>The model suggested labels for %n new memes: press A to accept one</numerusform>
        </translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Find duplicates</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s)</source>
        <translation>
            <numerusform>%n duplicate group</numerusform>
            <numerusform>%n duplicate groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test meme(s) repeat training or validation memes</source>
        <translation>
            <numerusform>%n test meme repeats training or validation memes</numerusform>
            <numerusform>%n test memes repeat training or validation memes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) without a hash compared by their text only</source>
        <translation>
            <numerusform>%n image without a hash compared by their text only</numerusform>
            <numerusform>%n images without a hash compared by their text only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leak-free figures of %n run(s) updated to these settings</source>
        <translation>
            <numerusform>leak-free figures of %n run(s) updated to these settings</numerusform>
            <numerusform>leak-free figures of %n run(s) updated to these settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memescope::RunSelector</name>
    <message>
        <source>(no run — labels only)</source>
        <translation>(no run — labels only)</translation>
    </message>
    <message>
        <source>%1 — test macro-F1 %2</source>
        <translation>%1 — test macro-F1 %2</translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (selected)</translation>
    </message>
</context>
<context>
    <name>memescope::SampleTableModel</name>
    <message>
        <source>(unlabelled)</source>
        <translation>(unlabelled)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
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
        <translation>Prediction</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
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
        <translation>training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
</context>
<context>
    <name>memescope::ThumbnailProvider</name>
    <message>
        <source>no image</source>
        <translation>no image</translation>
    </message>
</context>
<context>
    <name>memescope::TrainingDialog</name>
    <message>
        <source>Train a Model</source>
        <translation>Train a Model</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>(the run folder&apos;s name)</source>
        <translation>(the run folder&apos;s name)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Run folder</translation>
    </message>
    <message>
        <source>tiny: small, random init, trains in minutes on a CPU; seed: the reference design (RoBERTa-base + CLIP ViT-B/32)</source>
        <translation>tiny: small, random init, trains in minutes on a CPU; seed: the reference design (RoBERTa-base + CLIP ViT-B/32)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>none: random init (tokenizer learned from the project)</source>
        <translation>none: random init (tokenizer learned from the project)</translation>
    </message>
    <message>
        <source>RoBERTa checkpoint</source>
        <translation>RoBERTa checkpoint</translation>
    </message>
    <message>
        <source>Hugging Face RoBERTa folder</source>
        <translation>Hugging Face RoBERTa folder</translation>
    </message>
    <message>
        <source>none: random init</source>
        <translation>none: random init</translation>
    </message>
    <message>
        <source>CLIP checkpoint</source>
        <translation>CLIP checkpoint</translation>
    </message>
    <message>
        <source>Hugging Face CLIP folder</source>
        <translation>Hugging Face CLIP folder</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight decay</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>Early stopping patience</translation>
    </message>
    <message>
        <source>Tune per-label thresholds on validation (multi-label)</source>
        <translation>Tune per-label thresholds on validation (multi-label)</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Text encoder</source>
        <translation>Text encoder</translation>
    </message>
    <message>
        <source>Image encoder</source>
        <translation>Image encoder</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation>Mixture of experts</translation>
    </message>
    <message>
        <source>Contrastive</source>
        <translation>Contrastive</translation>
    </message>
    <message>
        <source>Classifier head</source>
        <translation>Classifier head</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>The text the model reads: the dataset&apos;s, Tesseract&apos;s, or none</source>
        <translation>The text the model reads: the dataset&apos;s, Tesseract&apos;s, or none</translation>
    </message>
    <message>
        <source>Text source</source>
        <translation>Text source</translation>
    </message>
    <message>
        <source>Append figurative reasoning</source>
        <translation>Append figurative reasoning</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Start Training</translation>
    </message>
    <message>
        <source>A downloaded Hugging Face folder such as mental/mental-roberta-base: config.json, the weights (safetensors, shards or pytorch_model.bin) and vocab.json + merges.txt</source>
        <translation>A downloaded Hugging Face folder such as mental/mental-roberta-base: config.json, the weights (safetensors, shards or pytorch_model.bin) and vocab.json + merges.txt</translation>
    </message>
    <message>
        <source>A downloaded Hugging Face CLIP folder such as openai/clip-vit-base-patch32 (CLIPModel or CLIPVisionModel)</source>
        <translation>A downloaded Hugging Face CLIP folder such as openai/clip-vit-base-patch32 (CLIPModel or CLIPVisionModel)</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Fine-tuning</translation>
    </message>
    <message>
        <source>same as above</source>
        <translation>same as above</translation>
    </message>
    <message>
        <source>Learning rate of the pretrained encoders (encoder_learning_rate); typically 10x smaller than that of the new layers</source>
        <translation>Learning rate of the pretrained encoders (encoder_learning_rate); typically 10x smaller than that of the new layers</translation>
    </message>
    <message>
        <source>Encoder learning rate</source>
        <translation>Encoder learning rate</translation>
    </message>
    <message>
        <source>Halve on a plateau</source>
        <translation>Halve on a plateau</translation>
    </message>
    <message>
        <source>Linear decay</source>
        <translation>Linear decay</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>Cosine decay</translation>
    </message>
    <message>
        <source>Learning-rate schedule (lr_schedule), after the warm-up</source>
        <translation>Learning-rate schedule (lr_schedule), after the warm-up</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source> % of steps</source>
        <translation> % of steps</translation>
    </message>
    <message>
        <source>Linear warm-up (warmup_ratio)</source>
        <translation>Linear warm-up (warmup_ratio)</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Freeze the embeddings and the first N layers of the text encoder (freeze_text_layers)</source>
        <translation>Freeze the embeddings and the first N layers of the text encoder (freeze_text_layers)</translation>
    </message>
    <message>
        <source>Frozen text layers</source>
        <translation>Frozen text layers</translation>
    </message>
    <message>
        <source>Freeze the embeddings and the first N layers of the image encoder (freeze_image_layers)</source>
        <translation>Freeze the embeddings and the first N layers of the image encoder (freeze_image_layers)</translation>
    </message>
    <message>
        <source>Frozen image layers</source>
        <translation>Frozen image layers</translation>
    </message>
    <message>
        <source>Batches whose gradients add up to one step (grad_accumulation): a larger effective batch in the same memory</source>
        <translation>Batches whose gradients add up to one step (grad_accumulation): a larger effective batch in the same memory</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Gradient accumulation</translation>
    </message>
    <message>
        <source>bfloat16 mixed precision (GPU)</source>
        <translation>bfloat16 mixed precision (GPU)</translation>
    </message>
    <message>
        <source>precision: bf16 — autocast on CUDA; the CPU trains in float32</source>
        <translation>precision: bf16 — autocast on CUDA; the CPU trains in float32</translation>
    </message>
    <message>
        <source>TF32 matrix products (GPU)</source>
        <translation>TF32 matrix products (GPU)</translation>
    </message>
    <message>
        <source>tf32 — Ampere and later GPUs</source>
        <translation>tf32 — Ampere and later GPUs</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Weight each label&apos;s positives by its rarity (multi-label)</source>
        <translation>Weight each label&apos;s positives by its rarity (multi-label)</translation>
    </message>
    <message>
        <source>Rare labels count as much as frequent ones in the loss, so the model does not learn to predict no label (pos_weight: balanced)</source>
        <translation>Rare labels count as much as frequent ones in the loss, so the model does not learn to predict no label (pos_weight: balanced)</translation>
    </message>
    <message>
        <source>Blend in the TF-IDF baseline (wide-and-deep)</source>
        <translation>Blend in the TF-IDF baseline (wide-and-deep)</translation>
    </message>
    <message>
        <source>Fits the TF-IDF + logistic regression baseline on the same training memes and mixes its probabilities with the network&apos;s, at the weight that scores best on validation (0 = the network alone). Heatmaps still show the network&apos;s attention (wide: tfidf)</source>
        <translation>Fits the TF-IDF + logistic regression baseline on the same training memes and mixes its probabilities with the network&apos;s, at the weight that scores best on validation (0 = the network alone). Heatmaps still show the network&apos;s attention (wide: tfidf)</translation>
    </message>
    <message>
        <source>Small (trains on a CPU)</source>
        <translation>Small (trains on a CPU)</translation>
    </message>
    <message>
        <source>Reference design (RoBERTa + CLIP)</source>
        <translation>Reference design (RoBERTa + CLIP)</translation>
    </message>
    <message>
        <source>Multimodal network</source>
        <translation>Multimodal network</translation>
    </message>
    <message>
        <source>TF-IDF + logistic regression</source>
        <translation>TF-IDF + logistic regression</translation>
    </message>
    <message>
        <source>The TF-IDF + logistic regression baseline reads the text only and fits in seconds</source>
        <translation>The TF-IDF + logistic regression baseline reads the text only and fits in seconds</translation>
    </message>
    <message>
        <source>RoBERTa (transformer)</source>
        <translation>RoBERTa (transformer)</translation>
    </message>
    <message>
        <source>Word n-grams (fastText-style)</source>
        <translation>Word n-grams (fastText-style)</translation>
    </message>
    <message>
        <source>None (image only)</source>
        <translation>None (image only)</translation>
    </message>
    <message>
        <source>How the model reads the caption</source>
        <translation>How the model reads the caption</translation>
    </message>
    <message>
        <source>CLIP vision transformer</source>
        <translation>CLIP vision transformer</translation>
    </message>
    <message>
        <source>None (text only)</source>
        <translation>None (text only)</translation>
    </message>
    <message>
        <source>How the model sees the image</source>
        <translation>How the model sees the image</translation>
    </message>
    <message>
        <source>Words ↔ image patches (heatmaps)</source>
        <translation>Words ↔ image patches (heatmaps)</translation>
    </message>
    <message>
        <source>Summary tokens (reference)</source>
        <translation>Summary tokens (reference)</translation>
    </message>
    <message>
        <source>Concatenation (no cross-attention)</source>
        <translation>Concatenation (no cross-attention)</translation>
    </message>
    <message>
        <source>How text and image meet; only word-to-patch attention draws heatmaps</source>
        <translation>How text and image meet; only word-to-patch attention draws heatmaps</translation>
    </message>
    <message>
        <source>Top-k experts</source>
        <translation>Top-k experts</translation>
    </message>
    <message>
        <source>All experts (reference)</source>
        <translation>All experts (reference)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Mixture of experts after the fusion</source>
        <translation>Mixture of experts after the fusion</translation>
    </message>
    <message>
        <source>Masked (same-label pairs ignored)</source>
        <translation>Masked (same-label pairs ignored)</translation>
    </message>
    <message>
        <source>Reference (CLIP-style)</source>
        <translation>Reference (CLIP-style)</translation>
    </message>
    <message>
        <source>Contrastive alignment of text and image embeddings</source>
        <translation>Contrastive alignment of text and image embeddings</translation>
    </message>
    <message>
        <source>Two-layer perceptron</source>
        <translation>Two-layer perceptron</translation>
    </message>
    <message>
        <source>Transformer layer</source>
        <translation>Transformer layer</translation>
    </message>
    <message>
        <source>The dataset&apos;s text</source>
        <translation>The dataset&apos;s text</translation>
    </message>
    <message>
        <source>Tesseract OCR</source>
        <translation>Tesseract OCR</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>The TF-IDF baseline fits in one process</source>
        <translation>The TF-IDF baseline fits in one process</translation>
    </message>
    <message>
        <source>Data-parallel training: every process holds the model and trains on its share of each batch; their gradients are averaged every step</source>
        <translation>Data-parallel training: every process holds the model and trains on its share of each batch; their gradients are averaged every step</translation>
    </message>
    <message>
        <source>The TF-IDF baseline fits in one process.</source>
        <translation>The TF-IDF baseline fits in one process.</translation>
    </message>
    <message>
        <source>one per GPU: %1</source>
        <translation>one per GPU: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>on this computer&apos;s CPU, %n thread(s) each</source>
        <translation>
            <numerusform>on this computer&apos;s CPU, %n thread each</numerusform>
            <numerusform>on this computer&apos;s CPU, %n threads each</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 processes %2. Each takes %3 memes of every step, so a step learns from %4 memes (batch size × processes).</source>
        <translation>%1 processes %2. Each takes %3 memes of every step, so a step learns from %4 memes (batch size × processes).</translation>
    </message>
    <message>
        <source>Recompute encoder activations in backward (less memory)</source>
        <translation>Recompute encoder activations in backward (less memory)</translation>
    </message>
    <message>
        <source>activation_checkpointing — fine-tuning an encoder keeps every layer&apos;s activations for the backward pass; this keeps only each layer&apos;s input and runs the layer again in backward. Measured on the reference model on a CPU: at 512 tokens × 16, 15.5 GB → 4.6 GB of memory; each step takes 2–20 % longer. Same gradients. Frozen layers are not affected.</source>
        <translation>activation_checkpointing — fine-tuning an encoder keeps every layer&apos;s activations for the backward pass; this keeps only each layer&apos;s input and runs the layer again in backward. Measured on the reference model on a CPU: at 512 tokens × 16, 15.5 GB → 4.6 GB of memory; each step takes 2–20 % longer. Same gradients. Frozen layers are not affected.</translation>
    </message>
    <message>
        <source>Train the fusion and heads only (encoders frozen; features cached)</source>
        <translation>Train the fusion and heads only (encoders frozen; features cached)</translation>
    </message>
    <message>
        <source>Freezes both encoders whole (a linear-probe style study of the fusion, the experts, the contrastive loss and the head). What the frozen encoders make of each meme is computed once, kept in a folder beside the project and read by every later epoch, run and ablation variant with the same encoders, so an epoch costs only the trainable part.</source>
        <translation>Freezes both encoders whole (a linear-probe style study of the fusion, the experts, the contrastive loss and the head). What the frozen encoders make of each meme is computed once, kept in a folder beside the project and read by every later epoch, run and ablation variant with the same encoders, so an epoch costs only the trainable part.</translation>
    </message>
    <message>
        <source>Delete cached features</source>
        <translation>Delete cached features</translation>
    </message>
    <message>
        <source>Frees the disk space; runs with frozen encoders compute the features again when they need them.</source>
        <translation>Frees the disk space; runs with frozen encoders compute the features again when they need them.</translation>
    </message>
    <message>
        <source>Feature cache</source>
        <translation>Feature cache</translation>
    </message>
    <message>
        <source>Delete cached features (%1 MB)</source>
        <translation>Delete cached features (%1 MB)</translation>
    </message>
</context>
<context>
    <name>memescope::TrainingDock</name>
    <message>
        <source>New Training…</source>
        <translation>New Training…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Export Plot…</source>
        <translation>Export Plot…</translation>
    </message>
    <message>
        <source>Continue the last cancelled or failed run from its last finished epoch</source>
        <translation>Continue the last cancelled or failed run from its last finished epoch</translation>
    </message>
    <message>
        <source>No training running.</source>
        <translation>No training running.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>validation F1</source>
        <translation>validation F1</translation>
    </message>
    <message>
        <source>val macro-F1</source>
        <translation>val macro-F1</translation>
    </message>
    <message>
        <source>val weighted-F1</source>
        <translation>val weighted-F1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>Compare Selected Runs</source>
        <translation>Compare Selected Runs</translation>
    </message>
    <message>
        <source>Cancelling (takes effect before the next batch)…</source>
        <translation>Cancelling (takes effect before the next batch)…</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Export Plot</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg)</source>
        <translation>PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Curves of run %1 (loss: mean per epoch)</source>
        <translation>Curves of run %1 (loss: mean per epoch)</translation>
    </message>
    <message>
        <source>Scoring every meme with the best epoch…</source>
        <translation>Scoring every meme with the best epoch…</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · loss %5 · lr %6 · %7 memes/s · ETA %8 · data wait %9 %</source>
        <translation>Epoch %1/%2 · batch %3/%4 · loss %5 · lr %6 · %7 memes/s · ETA %8 · data wait %9 %</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training failed: %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training failed</translation>
    </message>
    <message>
        <source>Cancelled. Finished epochs are kept: Resume continues from the last one.</source>
        <translation>Cancelled. Finished epochs are kept: Resume continues from the last one.</translation>
    </message>
    <message>
        <source>Finished in %1 s on %2: best epoch %3 · val macro-F1 %4 · test macro-F1 %5, weighted-F1 %6</source>
        <translation>Finished in %1 s on %2: best epoch %3 · val macro-F1 %4 · test macro-F1 %5, weighted-F1 %6</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starting %1…</translation>
    </message>
    <message>
        <source>MemeScope training curves</source>
        <translation>MemeScope training curves</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Compare Runs</translation>
    </message>
    <message>
        <source>best epoch</source>
        <translation>best epoch</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>Training cancelled; Resume continues it</source>
        <translation>Training cancelled; Resume continues it</translation>
    </message>
    <message>
        <source>Training finished: test macro-F1 %1</source>
        <translation>Training finished: test macro-F1 %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>running or interrupted</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>cancelled (resumable)</source>
        <translation>cancelled (resumable)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>validation macro-F1</source>
        <translation>validation macro-F1</translation>
    </message>
    <message>
        <source>validation weighted-F1</source>
        <translation>validation weighted-F1</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>validation accuracy</translation>
    </message>
    <message>
        <source>(settings unreadable)</source>
        <translation>(settings unreadable)</translation>
    </message>
    <message>
        <source>The settings of one run cannot be read; they are not compared.</source>
        <translation>The settings of one run cannot be read; they are not compared.</translation>
    </message>
    <message numerus="yes">
        <source>%n other setting(s) are the same in both runs.</source>
        <translation>
            <numerusform>%n other setting is the same in both runs.</numerusform>
            <numerusform>%n other settings are the same in both runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>training loss (per batch)</source>
        <translation>training loss (per batch)</translation>
    </message>
    <message>
        <source>training loss (mean per epoch)</source>
        <translation>training loss (mean per epoch)</translation>
    </message>
    <message numerus="yes">
        <source>Training %1 (%n processes)</source>
        <translation>
            <numerusform>Training %1 (%n process)</numerusform>
            <numerusform>Training %1 (%n processes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Test macro-F1 on the test memes that repeat no training or validation meme (see Duplicates)</source>
        <translation>Test macro-F1 on the test memes that repeat no training or validation meme (see Duplicates)</translation>
    </message>
    <message>
        <source>95 % interval: percentile bootstrap over the %1 test memes (%2 resamples, seed %3)</source>
        <translation>95 % interval: percentile bootstrap over the %1 test memes (%2 resamples, seed %3)</translation>
    </message>
    <message>
        <source>No interval: %1</source>
        <translation>No interval: %1</translation>
    </message>
    <message>
        <source>Scored before leaks were checked: evaluate the run again to see its leak-free figures</source>
        <translation>Scored before leaks were checked: evaluate the run again to see its leak-free figures</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation>macro-F1</translation>
    </message>
    <message>
        <source>weighted-F1</source>
        <translation>weighted-F1</translation>
    </message>
    <message>
        <source>micro-F1</source>
        <translation>micro-F1</translation>
    </message>
    <message>
        <source>%1 (A) against %2 (B) on the same %3 test memes; they predict %4 of them differently.</source>
        <translation>%1 (A) against %2 (B) on the same %3 test memes; they predict %4 of them differently.</translation>
    </message>
    <message>
        <source>test metric</source>
        <translation>test metric</translation>
    </message>
    <message>
        <source>95 % interval of B − A</source>
        <translation>95 % interval of B − A</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation>not shown: %1</translation>
    </message>
    <message>
        <source>%1: B − A = %2, p = %3: the difference is distinguishable from noise at %4.</source>
        <translation>%1: B − A = %2, p = %3: the difference is distinguishable from noise at %4.</translation>
    </message>
    <message>
        <source>%1: B − A = %2, p = %3: the difference is not distinguishable from noise at %4; on these memes the two runs may be equally good.</source>
        <translation>%1: B − A = %2, p = %3: the difference is not distinguishable from noise at %4; on these memes the two runs may be equally good.</translation>
    </message>
    <message>
        <source>p: two-sided paired approximate randomisation test (%1 shuffles); interval: paired percentile bootstrap of B − A over the memes (%2 resamples, seed %3).</source>
        <translation>p: two-sided paired approximate randomisation test (%1 shuffles); interval: paired percentile bootstrap of B − A over the memes (%2 resamples, seed %3).</translation>
    </message>
    <message>
        <source>Select two runs in the table.</source>
        <translation>Select two runs in the table.</translation>
    </message>
    <message>
        <source>Also selected, not compared (two runs are compared at a time): %1</source>
        <translation>Also selected, not compared (two runs are compared at a time): %1</translation>
    </message>
    <message>
        <source>Test split: more than noise?</source>
        <translation>Test split: more than noise?</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <source>Not compared:</source>
        <translation>Not compared:</translation>
    </message>
    <message>
        <source>%1 (%2 out)</source>
        <translation>%1 (%2 out)</translation>
    </message>
    <message>
        <source>The final model&apos;s validation macro-F1 (after the tuned thresholds and the TF-IDF blend, which validation chose: optimistic). The curve shows the network alone per epoch; a cell&apos;s tooltip has both.</source>
        <translation>The final model&apos;s validation macro-F1 (after the tuned thresholds and the TF-IDF blend, which validation chose: optimistic). The curve shows the network alone per epoch; a cell&apos;s tooltip has both.</translation>
    </message>
    <message>
        <source>The final model on validation: %1</source>
        <translation>The final model on validation: %1</translation>
    </message>
    <message>
        <source>the epoch</source>
        <translation>the epoch</translation>
    </message>
    <message>
        <source>the thresholds</source>
        <translation>the thresholds</translation>
    </message>
    <message>
        <source>the TF-IDF blend weight (%1)</source>
        <translation>the TF-IDF blend weight (%1)</translation>
    </message>
    <message>
        <source>Validation chose %1, so this figure is optimistic; the test figures are not.</source>
        <translation>Validation chose %1, so this figure is optimistic; the test figures are not.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The network alone at epoch %1 (the curve, thresholds 0.5): %2</source>
        <translation>The network alone at epoch %1 (the curve, thresholds 0.5): %2</translation>
    </message>
    <message>
        <source>The network alone on test: %1 (the table&apos;s test figure includes the blend)</source>
        <translation>The network alone on test: %1 (the table&apos;s test figure includes the blend)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>val loss (classification)</source>
        <translation>val loss (classification)</translation>
    </message>
    <message>
        <source>Filter runs by name, tag or note</source>
        <translation>Filter runs by name, tag or note</translation>
    </message>
    <message>
        <source>Best
epoch</source>
        <translation>Best
epoch</translation>
    </message>
    <message>
        <source>Val
macro-F1</source>
        <translation>Val
macro-F1</translation>
    </message>
    <message>
        <source>Test
macro-F1</source>
        <translation>Test
macro-F1</translation>
    </message>
    <message>
        <source>Leak-free
test macro-F1</source>
        <translation>Leak-free
test macro-F1</translation>
    </message>
    <message>
        <source>Test
weighted-F1</source>
        <translation>Test
weighted-F1</translation>
    </message>
    <message>
        <source>Tags
and note</source>
        <translation>Tags
and note</translation>
    </message>
    <message>
        <source>Your tags and note on the run: right-click a run (or double-click here) to edit them</source>
        <translation>Your tags and note on the run: right-click a run (or double-click here) to edit them</translation>
    </message>
    <message>
        <source>Tags and Note…</source>
        <translation>Tags and Note…</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>Show Curves</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Right-click or double-click to edit</source>
        <translation>Right-click or double-click to edit</translation>
    </message>
    <message>
        <source>Tags and Note — %1</source>
        <translation>Tags and Note — %1</translation>
    </message>
    <message>
        <source>e.g. baseline, paper, broken</source>
        <translation>e.g. baseline, paper, broken</translation>
    </message>
    <message>
        <source>What this run tried, what you concluded</source>
        <translation>What this run tried, what you concluded</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Tags (comma-separated)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>training loss, classification part (mean per epoch)</source>
        <translation>training loss, classification part (mean per epoch)</translation>
    </message>
    <message>
        <source>%1: val macro-F1</source>
        <translation>%1: val macro-F1</translation>
    </message>
    <message>
        <source>%1: val loss</source>
        <translation>%1: val loss</translation>
    </message>
    <message numerus="yes">
        <source>%n runs overlaid: validation macro-F1 (solid, right axis) and validation loss (dashed, left axis) per epoch</source>
        <translation>
            <numerusform>%n runs overlaid: validation macro-F1 (solid, right axis) and validation loss (dashed, left axis) per epoch</numerusform>
            <numerusform>%n runs overlaid: validation macro-F1 (solid, right axis) and validation loss (dashed, left axis) per epoch</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained in %1 s on %2</source>
        <translation>Trained in %1 s on %2</translation>
    </message>
    <message>
        <source>Peak memory of the training process: %1 GB</source>
        <translation>Peak memory of the training process: %1 GB</translation>
    </message>
    <message>
        <source>Tags and Note</source>
        <translation>Tags and Note</translation>
    </message>
    <message>
        <source>Computing the frozen encoders&apos; features once: meme %1 of %2 (kept in the project&apos;s feature cache for later runs)…</source>
        <translation>Computing the frozen encoders&apos; features once: meme %1 of %2 (kept in the project&apos;s feature cache for later runs)…</translation>
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
        <translation>MemeScope User Guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
</context>
</TS>
