<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>डेटासेट</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>मेट्रिक्स</translation>
    </message>
    <message>
        <source>Per class (test)</source>
        <translation>प्रति वर्ग (टेस्ट)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>एपॉक</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>लॉस</translation>
    </message>
    <message>
        <source>validation F1</source>
        <translation>वैलिडेशन F1</translation>
    </message>
    <message>
        <source>Confusion matrix (test)</source>
        <translation>कन्फ्यूज़न मैट्रिक्स (टेस्ट)</translation>
    </message>
    <message>
        <source>Multi-label: how often a true label (row) co-occurs with a predicted label (column).</source>
        <translation>मल्टी-लेबल: कोई सही लेबल (पंक्ति) किसी अनुमानित लेबल (स्तंभ) के साथ कितनी बार आता है।</translation>
    </message>
    <message>
        <source>Rows: true label; columns: predicted label.</source>
        <translation>पंक्तियाँ: सही लेबल; स्तंभ: अनुमानित लेबल।</translation>
    </message>
    <message>
        <source>true</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>अनुमानित</translation>
    </message>
    <message>
        <source>Ablation: %1</source>
        <translation>एब्लेशन: %1</translation>
    </message>
    <message>
        <source>Most confident mistakes (test)</source>
        <translation>सबसे आश्वस्त गलतियाँ (टेस्ट)</translation>
    </message>
    <message>
        <source>No mistakes on the test split.</source>
        <translation>टेस्ट विभाजन में कोई गलती नहीं।</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>कोई डेटा नहीं</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>several per meme</source>
        <translation>प्रति मीम कई</translation>
    </message>
    <message>
        <source>one per meme</source>
        <translation>प्रति मीम एक</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>; best epoch %1 of %2, trained in %3 s on %4</source>
        <translation>; सर्वश्रेष्ठ epoch %2 में से %1, %4 पर %3 s में प्रशिक्षित</translation>
    </message>
    <message>
        <source>Measured on MemeScope&apos;s synthetic demo memes: these figures show that the pipeline works, not how well a model reads real memes.</source>
        <translation>MemeScope के कृत्रिम डेमो मीम पर मापा गया: ये आंकड़े दिखाते हैं कि पाइपलाइन काम करती है, यह नहीं कि मॉडल असली मीम कितनी अच्छी तरह पढ़ता है।</translation>
    </message>
    <message>
        <source>training loss (mean per epoch)</source>
        <translation>प्रशिक्षण loss (प्रति epoch औसत)</translation>
    </message>
    <message>
        <source>validation macro-F1</source>
        <translation>सत्यापन macro-F1</translation>
    </message>
    <message>
        <source>validation weighted-F1</source>
        <translation>सत्यापन weighted-F1</translation>
    </message>
    <message>
        <source>%1 memes in %2; %3 unlabelled, %4 labelled “no symptom”; %5 read by Tesseract.</source>
        <translation>%2 में %1 मीम; %3 बिना लेबल, %4 पर “कोई लक्षण नहीं”; %5 Tesseract द्वारा पढ़े गए।</translation>
    </message>
    <message>
        <source>split</source>
        <translation>विभाजन</translation>
    </message>
    <message>
        <source>memes</source>
        <translation>मीम</translation>
    </message>
    <message>
        <source>label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Appendix: settings</source>
        <translation>परिशिष्ट: सेटिंग्स</translation>
    </message>
    <message>
        <source>Every setting, as MemeScope reads it back: %1</source>
        <translation>हर सेटिंग, जैसे MemeScope उसे वापस पढ़ता है: %1</translation>
    </message>
    <message>
        <source>text only (no image)</source>
        <translation>केवल पाठ (कोई चित्र नहीं)</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>कोई लक्षण नहीं</translation>
    </message>
    <message>
        <source>given</source>
        <translation>दिया गया</translation>
    </message>
    <message>
        <source>The dashed square is the part of the meme the vision encoder sees.</source>
        <translation>धराशायी वर्ग मीम का वह भाग है जिसे vision encoder देखता है।</translation>
    </message>
    <message>
        <source>settings unreadable (%1)</source>
        <translation>सेटिंग्स पढ़ी नहीं जा सकीं (%1)</translation>
    </message>
    <message>
        <source>%1, leak-free</source>
        <translation>%1, लीक-मुक्त</translation>
    </message>
    <message>
        <source>Leakage: %1.</source>
        <translation>डेटा लीक: %1।</translation>
    </message>
    <message>
        <source>* Fewer than %1 test memes carry this label: its figures rest on a handful of memes and can move a lot with a few more.</source>
        <translation>* %1 से कम टेस्ट मीम पर यह लेबल है: इसके आंकड़े मुट्ठी भर मीम पर टिके हैं और कुछ और मीम जुड़ने पर काफ़ी बदल सकते हैं।</translation>
    </message>
    <message>
        <source>Intervals: 95 %, percentile bootstrap over the %1 test memes (%2 resamples%3, seed %4).</source>
        <translation>विश्वास अंतराल: 95 %, %1 टेस्ट मीम पर percentile bootstrap (%2 पुनर्नमूने%3, सीड %4)।</translation>
    </message>
    <message>
        <source>, stratified by class</source>
        <translation>, वर्ग के अनुसार स्तरीकृत</translation>
    </message>
    <message>
        <source>No intervals: %1.</source>
        <translation>कोई विश्वास अंतराल नहीं: %1।</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>p = %1 (Holm %2): %3</source>
        <translation>p = %1 (Holm %2): %3</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>अलग है</translation>
    </message>
    <message>
        <source>may be noise</source>
        <translation>शोर हो सकता है</translation>
    </message>
    <message>
        <source>The heatmap in it is the relevance of each image region for the label the model wrongly gave (gradient-weighted attention rollout, Chefer, Gur &amp; Wolf 2021): what raised that label&apos;s score.</source>
        <translation>इसमें हीटमैप हर चित्र-क्षेत्र की उस लेबल के लिए प्रासंगिकता है जो मॉडल ने गलत दिया (ग्रेडिएंट-भारित अटेंशन रोलआउट, Chefer, Gur &amp; Wolf 2021): किसने उस लेबल का स्कोर बढ़ाया।</translation>
    </message>
    <message numerus="yes">
        <source>%n heatmap(s) show the model&apos;s raw text-to-image attention averaged over the words (where it looked, not why), because relevance could not be computed: %1.</source>
        <translation>
            <numerusform>%n हीटमैप शब्दों पर औसत मॉडल का कच्चा टेक्स्ट-से-चित्र अटेंशन दिखाते हैं (कहाँ देखा, क्यों नहीं), क्योंकि प्रासंगिकता की गणना नहीं हो सकी: %1।</numerusform>
            <numerusform>%n हीटमैप शब्दों पर औसत मॉडल का कच्चा टेक्स्ट-से-चित्र अटेंशन दिखाते हैं (कहाँ देखा, क्यों नहीं), क्योंकि प्रासंगिकता की गणना नहीं हो सकी: %1।</numerusform>
        </translation>
    </message>
    <message>
        <source>no map</source>
        <translation>कोई मानचित्र नहीं</translation>
    </message>
    <message>
        <source>test macro-F1 (one seed per variant: no spread)</source>
        <translation>परीक्षण मैक्रो-F1 (प्रति संस्करण एक सीड: कोई फैलाव नहीं)</translation>
    </message>
    <message>
        <source>test macro-F1 (mean ± std over seeds)</source>
        <translation>परीक्षण मैक्रो-F1 (सीड पर माध्य ± मानक विचलन)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>validation loss (classification)</source>
        <translation>वैलिडेशन लॉस (वर्गीकरण)</translation>
    </message>
    <message>
        <source>Seed-averaged: the mean of a variant&apos;s runs&apos; probabilities per test meme, with a 95 % percentile bootstrap over the test memes. p: paired approximate randomisation test of macro-F1 against the first variant, Holm-corrected across the variants; &apos;differs&apos; at 0.05 after the correction. Network alone: the network&apos;s test macro-F1 without the TF-IDF part validation blended in (*: the test figure includes it).</source>
        <translation>सीड-औसत: हर टेस्ट मीम पर किसी वैरिएंट के रनों की संभावनाओं का औसत, टेस्ट मीम्स पर 95 % पर्सेंटाइल बूटस्ट्रैप के साथ। p: पहले वैरिएंट के विरुद्ध मैक्रो-F1 का युग्मित अनुमानित रैंडमाइज़ेशन टेस्ट, वैरिएंट्स में Holm-सुधार के साथ; सुधार के बाद 0.05 पर &apos;अलग&apos;। केवल नेटवर्क: वैलिडेशन द्वारा मिलाए गए TF-IDF भाग के बिना नेटवर्क का टेस्ट मैक्रो-F1 (*: टेस्ट आंकड़े में वह शामिल है)।</translation>
    </message>
</context>
<context>
    <name>memescope::Ablation</name>
    <message>
        <source>Full model</source>
        <translation>पूर्ण मॉडल</translation>
    </message>
    <message>
        <source>Without the TF-IDF (wide) part</source>
        <translation>TF-IDF (wide) भाग के बिना</translation>
    </message>
    <message>
        <source>Without contrastive alignment</source>
        <translation>contrastive संरेखण के बिना</translation>
    </message>
    <message>
        <source>Without the mixture of experts</source>
        <translation>mixture of experts के बिना</translation>
    </message>
    <message>
        <source>Concatenation instead of cross-attention</source>
        <translation>cross-attention के बजाय जोड़ना</translation>
    </message>
    <message>
        <source>Cross-attention on the summary token only</source>
        <translation>केवल सारांश token पर cross-attention</translation>
    </message>
    <message>
        <source>Text only (no image encoder)</source>
        <translation>केवल पाठ (कोई image encoder नहीं)</translation>
    </message>
    <message>
        <source>Image only (no text encoder)</source>
        <translation>केवल चित्र (कोई text encoder नहीं)</translation>
    </message>
    <message>
        <source>Tesseract&apos;s text instead of the dataset&apos;s</source>
        <translation>डेटासेट के बजाय Tesseract का पाठ</translation>
    </message>
    <message>
        <source>No text at all</source>
        <translation>कोई पाठ नहीं</translation>
    </message>
    <message>
        <source>With the figurative reasoning text</source>
        <translation>आलंकारिक तर्क पाठ के साथ</translation>
    </message>
    <message>
        <source>TF-IDF + logistic regression baseline</source>
        <translation>TF-IDF + logistic regression आधार रेखा</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>p = %1 (Holm %2) · %3</source>
        <translation>p = %1 (Holm %2) · %3</translation>
    </message>
    <message>
        <source>✓ differs</source>
        <translation>✓ अलग है</translation>
    </message>
    <message>
        <source>noise?</source>
        <translation>शोर?</translation>
    </message>
</context>
<context>
    <name>memescope::AblationDialog</name>
    <message>
        <source>Ablation Study</source>
        <translation>एब्लेशन अध्ययन</translation>
    </message>
    <message>
        <source>Variants (each against the full model)</source>
        <translation>प्रकार (प्रत्येक पूर्ण मॉडल के विरुद्ध)</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>सीड</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>एपॉक</translation>
    </message>
    <message>
        <source>Queue Study</source>
        <translation>अध्ययन कतार में डालें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <source>Runs go into %1</source>
        <translation>रन %1 में जाते हैं</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>Showing the project&apos;s latest study, “%1”. Runs of a new one go into %2</source>
        <translation>प्रोजेक्ट का नवीनतम अध्ययन, “%1”, दिखाया जा रहा है। नए अध्ययन के रन %2 में जाते हैं</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>ablation %1</source>
        <translation>एब्लेशन %1</translation>
    </message>
    <message>
        <source>Queued %1 runs…</source>
        <translation>%1 रन कतार में डाले गए…</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3, seed %4 — epoch %5/%6, batch %7/%8</source>
        <translation>रन %2 में से %1: %3, सीड %4 — एपॉक %5/%6, बैच %7/%8</translation>
    </message>
    <message>
        <source>Cancelled; finished runs are kept (queue again to continue).</source>
        <translation>रद्द किया गया; पूरे हुए रन रखे गए हैं (जारी रखने के लिए फिर से कतार में डालें)।</translation>
    </message>
    <message>
        <source>Finished: %1 and %2</source>
        <translation>पूर्ण: %1 और %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <source>Export Ablation Table</source>
        <translation>एब्लेशन तालिका निर्यात करें</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>A study is running (see the Jobs panel); queue another when it has finished.</source>
        <translation>एक अध्ययन चल रहा है (जॉब्स पैनल देखें); उसके पूरा होने पर दूसरा जोड़ें।</translation>
    </message>
    <message numerus="yes">
        <source>Ablation study (%n run(s))</source>
        <translation>
            <numerusform>एब्लेशन अध्ययन (%n रन)</numerusform>
            <numerusform>एब्लेशन अध्ययन (%n रन)</numerusform>
        </translation>
    </message>
    <message>
        <source>Small (tiny)</source>
        <translation>छोटा (tiny)</translation>
    </message>
    <message>
        <source>Reference design (seed)</source>
        <translation>संदर्भ डिज़ाइन (seed)</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>मॉडल आकार</translation>
    </message>
    <message>
        <source>Each variant is trained once per seed; with 3 or more the table shows mean ± standard deviation</source>
        <translation>हर variant प्रति seed एक बार प्रशिक्षित होता है; 3 या अधिक पर तालिका औसत ± मानक विचलन दिखाती है</translation>
    </message>
    <message>
        <source>as the model size says</source>
        <translation>मॉडल आकार के अनुसार</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n रन</numerusform>
            <numerusform>%n रन</numerusform>
        </translation>
    </message>
    <message>
        <source>: the baseline alone trains in seconds.</source>
        <translation>: केवल आधार रेखा सेकंडों में प्रशिक्षित होती है।</translation>
    </message>
    <message>
        <source>The variant&apos;s runs&apos; probabilities averaged per test meme, scored with a 95 % bootstrap interval over the test memes (known when the study has finished)</source>
        <translation>वेरिएंट के रनों की संभावनाएँ हर टेस्ट मीम पर औसत की गईं, टेस्ट मीम्स पर 95 % बूटस्ट्रैप अंतराल के साथ आँकी गईं (अध्ययन पूरा होने पर ज्ञात)</translation>
    </message>
    <message>
        <source>Paired approximate randomisation test of macro-F1 against the first variant, Holm-corrected across the variants: ✓ differs at 0.05, otherwise the difference may be noise</source>
        <translation>पहले वेरिएंट के विरुद्ध मैक्रो-F1 का युग्मित अनुमानित रैंडमाइज़ेशन टेस्ट, वेरिएंट्स पर होल्म-संशोधित: ✓ 0.05 पर भिन्न, अन्यथा अंतर शोर हो सकता है</translation>
    </message>
    <message>
        <source>Test
macro-F1</source>
        <translation>टेस्ट
मैक्रो-F1</translation>
    </message>
    <message>
        <source>Seed-averaged
(95 %)</source>
        <translation>सीड-औसत
(95 %)</translation>
    </message>
    <message>
        <source>vs the first
variant</source>
        <translation>पहले वैरिएंट
के विरुद्ध</translation>
    </message>
    <message>
        <source>Test
weighted-F1</source>
        <translation>टेस्ट
भारित-F1</translation>
    </message>
    <message>
        <source>Val
macro-F1</source>
        <translation>वैल
मैक्रो-F1</translation>
    </message>
    <message>
        <source>Network alone
(test macro-F1)</source>
        <translation>केवल नेटवर्क
(टेस्ट मैक्रो-F1)</translation>
    </message>
    <message>
        <source>The network&apos;s test macro-F1 without the TF-IDF part that validation may blend in (* where it did: the Test macro-F1 column includes it, so a text-only variant can equal the baseline)</source>
        <translation>वैलिडेशन द्वारा मिलाए जा सकने वाले TF-IDF भाग के बिना नेटवर्क का टेस्ट मैक्रो-F1 (* जहाँ मिलाया गया: टेस्ट मैक्रो-F1 कॉलम में वह शामिल है, इसलिए केवल-टेक्स्ट वैरिएंट बेसलाइन के बराबर हो सकता है)</translation>
    </message>
    <message>
        <source>, %1 epochs in all: %2 %3 on this machine.</source>
        <translation>, कुल %1 इपॉक: इस मशीन पर %2 %3।</translation>
    </message>
    <message>
        <source>at most about</source>
        <translation>अधिकतम लगभग</translation>
    </message>
    <message>
        <source>about</source>
        <translation>लगभग</translation>
    </message>
    <message numerus="yes">
        <source>From %n epoch(s) this project measured: %1 of the %2 variants trained here before and take their own epoch time, the others are scaled by their arithmetic per meme (without the image encoder a variant trains many times faster); %3 per run outside the epochs.</source>
        <translation>
            <numerusform>इस प्रोजेक्ट में मापे गए %n इपॉक से: %2 में से %1 वैरिएंट यहाँ पहले प्रशिक्षित हुए और अपना इपॉक समय लेते हैं, बाकी प्रति मीम उनकी गणना के अनुसार स्केल किए जाते हैं (इमेज एनकोडर के बिना कोई वैरिएंट कई गुना तेज़ प्रशिक्षित होता है); इपॉक के बाहर प्रति रन %3।</numerusform>
            <numerusform>इस प्रोजेक्ट में मापे गए %n इपॉक से: %2 में से %1 वैरिएंट यहाँ पहले प्रशिक्षित हुए और अपना इपॉक समय लेते हैं, बाकी प्रति मीम उनकी गणना के अनुसार स्केल किए जाते हैं (इमेज एनकोडर के बिना कोई वैरिएंट कई गुना तेज़ प्रशिक्षित होता है); इपॉक के बाहर प्रति रन %3।</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 epochs in all. No neural run has finished in this project yet, so there is no measured epoch time to estimate from.</source>
        <translation>, कुल %1 इपॉक। इस प्रोजेक्ट में अभी कोई न्यूरल रन पूरा नहीं हुआ, इसलिए अनुमान के लिए कोई मापा गया इपॉक समय नहीं है।</translation>
    </message>
    <message>
        <source>Validation blended the TF-IDF part into this variant&apos;s predictions, so its test figure is partly the baseline&apos;s: this is the network alone</source>
        <translation>वैलिडेशन ने इस वैरिएंट की भविष्यवाणियों में TF-IDF भाग मिलाया, इसलिए इसका टेस्ट आंकड़ा आंशिक रूप से बेसलाइन का है: यह केवल नेटवर्क है</translation>
    </message>
    <message>
        <source>test macro-F1 (one seed)</source>
        <translation>टेस्ट मैक्रो-F1 (एक सीड)</translation>
    </message>
    <message>
        <source>test macro-F1 (mean ± std)</source>
        <translation>टेस्ट मैक्रो-F1 (औसत ± मानक विचलन)</translation>
    </message>
    <message>
        <source>Train the fusion and heads only (encoders frozen; features cached)</source>
        <translation>केवल फ़्यूज़न और हेड प्रशिक्षित करें (एन्कोडर स्थिर; विशेषताएँ कैश में)</translation>
    </message>
    <message>
        <source>Every variant keeps both encoders frozen whole; what they make of each meme is computed once and shared by all variants with the same encoders.</source>
        <translation>हर संस्करण दोनों एन्कोडर को पूरी तरह स्थिर रखता है; वे हर मीम से जो बनाते हैं वह एक बार गणना होता है और समान एन्कोडर वाले सभी संस्करण उसे साझा करते हैं।</translation>
    </message>
    <message>
        <source>Frozen encoders train from cached features: their cache is built once for the variants that share it (%1 of the total).</source>
        <translation>स्थिर एन्कोडर कैश की गई विशेषताओं से प्रशिक्षित होते हैं: उनका कैश उसे साझा करने वाले संस्करणों के लिए एक बार बनता है (कुल में से %1)।</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3, seed %4 — the frozen encoders&apos; features, meme %5 of %6 (computed once for the variants that share them)</source>
        <translation>रन %2 में से %1: %3, सीड %4 — स्थिर एन्कोडर की विशेषताएँ, मीम %6 में से %5 (उन्हें साझा करने वाले संस्करणों के लिए एक बार गणना)</translation>
    </message>
</context>
<context>
    <name>memescope::AgreementDialog</name>
    <message>
        <source>Annotator Agreement</source>
        <translation>एनोटेटर सहमति</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s): %1.</source>
        <translation>
            <numerusform>%n एनोटेटर: %1।</numerusform>
            <numerusform>%n एनोटेटर: %1।</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement needs at least two annotators (set yours with Label ▸ Set Annotator).</source>
        <translation>सहमति के लिए कम से कम दो एनोटेटर चाहिए (अपना नाम लेबल ▸ एनोटेटर सेट करें में दें)।</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>एनोटेटर</translation>
    </message>
    <message>
        <source>Shared memes</source>
        <translation>साझा मीम</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s κ</source>
        <translation>औसत कोहेन κ</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>कोहेन κ</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>असहमतियाँ</translation>
    </message>
    <message>
        <source>κ %1</source>
        <translation>κ %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>%1 × %2 disagree</source>
        <translation>%1 × %2 असहमत</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ (all)</source>
        <translation>फ़्लाइस κ (सभी)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α over the %1 memes two or more annotators labelled: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>उन %1 मीम पर क्रिपेनडॉर्फ़ α जिन्हें दो या अधिक एनोटेटरों ने लेबल किया: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (all)</source>
        <translation>क्रिपेनडॉर्फ़ α (सभी)</translation>
    </message>
    <message>
        <source>not shown: fewer than 20 memes</source>
        <translation>नहीं दिखाया गया: 20 से कम मीम</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>गणना हो रही है…</translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation>नहीं दिखाया गया: %1</translation>
    </message>
    <message>
        <source>(95 % interval: %1).</source>
        <translation>(95 % विश्वास अंतराल: %1)।</translation>
    </message>
    <message>
        <source>Intervals: percentile bootstrap over the memes (%1 resamples, seed %2); multi-label figures are means over the labels.</source>
        <translation>विश्वास अंतराल: मीम पर percentile bootstrap (%1 पुनर्नमूने, सीड %2); मल्टी-लेबल आँकड़े लेबलों पर माध्य हैं।</translation>
    </message>
    <message>
        <source>Intervals: percentile bootstrap over the memes.</source>
        <translation>विश्वास अंतराल: मीम पर percentile bootstrap।</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % विश्वास अंतराल</translation>
    </message>
    <message>
        <source>95 % percentile-bootstrap interval of kappa (alpha in the Krippendorff row), resampling the memes</source>
        <translation>κ का 95 % percentile-bootstrap विश्वास अंतराल (क्रिपेनडॉर्फ़ पंक्ति में α का), मीम के पुनर्नमूनों से</translation>
    </message>
    <message>
        <source>Raters:</source>
        <translation>रेटर:</translation>
    </message>
    <message>
        <source>%1 (the dataset file&apos;s labels)</source>
        <translation>%1 (डेटासेट फ़ाइल के लेबल)</translation>
    </message>
    <message>
        <source>Labels imported from a dataset file: one more rater only if you want the file compared with the people</source>
        <translation>डेटासेट फ़ाइल से आयात किए गए लेबल: एक और रेटर केवल तब, जब आप फ़ाइल की तुलना लोगों से करना चाहें</translation>
    </message>
    <message>
        <source>Agreement needs at least two raters: tick another below, or the dataset file&apos;s labels to compare the people with them.</source>
        <translation>सहमति के लिए कम से कम दो रेटर चाहिए: नीचे एक और चुनें, या लोगों की तुलना के लिए डेटासेट फ़ाइल के लेबल।</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa over the %1 memes everyone labelled: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>उन %1 मीम्स पर Fleiss&apos; कप्पा जिन्हें सभी ने लेबल किया: &lt;b&gt;%2&lt;/b&gt;।</translation>
    </message>
</context>
<context>
    <name>memescope::AnalysisPanel</name>
    <message>
        <source>Test split</source>
        <translation>टेस्ट विभाजन</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>वैलिडेशन विभाजन</translation>
    </message>
    <message>
        <source>Training split</source>
        <translation>प्रशिक्षण विभाजन</translation>
    </message>
    <message>
        <source>All labelled</source>
        <translation>सभी लेबल किए गए</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>प्रिसिज़न</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>रिकॉल</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>त्रुटियाँ</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>एम्बेडिंग</translation>
    </message>
    <message>
        <source>%1: truth %2, predicted %3</source>
        <translation>%1: सही %2, अनुमानित %3</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>true %1 → predicted %2</source>
        <translation>सही %1 → अनुमानित %2</translation>
    </message>
    <message>
        <source>True vs predicted co-occurrence</source>
        <translation>सही बनाम अनुमानित सह-उपस्थिति</translation>
    </message>
    <message>
        <source>Per-label 2 × 2</source>
        <translation>प्रति लेबल 2 × 2</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>कन्फ्यूज़न मैट्रिक्स</translation>
    </message>
    <message>
        <source>No labelled memes with predictions in this split.</source>
        <translation>इस विभाजन में पूर्वानुमान वाले कोई लेबल किए गए मीम नहीं।</translation>
    </message>
    <message>
        <source>Select a run (toolbar) to analyse its errors.</source>
        <translation>त्रुटियों का विश्लेषण करने के लिए कोई रन चुनें (टूलबार)।</translation>
    </message>
    <message>
        <source>%1 memes · accuracy %2 · macro-F1 %3 · weighted-F1 %4 · micro-F1 %5</source>
        <translation>%1 मीम · सटीकता %2 · मैक्रो-F1 %3 · भारित-F1 %4 · माइक्रो-F1 %5</translation>
    </message>
    <message>
        <source>true: %1</source>
        <translation>सही: %1</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>अनुमानित</translation>
    </message>
    <message>
        <source>true label</source>
        <translation>सही लेबल</translation>
    </message>
    <message>
        <source>predicted label</source>
        <translation>अनुमानित लेबल</translation>
    </message>
    <message>
        <source>%1 sure</source>
        <translation>%1 निश्चित</translation>
    </message>
    <message>
        <source>Wrong predictions the model was most sure of. Click one to inspect it.</source>
        <translation>गलत भविष्यवाणियाँ जिन पर मॉडल सबसे अधिक निश्चित था। देखने के लिए एक पर क्लिक करें।</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>सबसे आश्वस्त गलतियाँ</translation>
    </message>
    <message>
        <source>p(given) %1</source>
        <translation>p(दिया गया) %1</translation>
    </message>
    <message>
        <source>Suspected label errors</source>
        <translation>संदिग्ध लेबल त्रुटियाँ</translation>
    </message>
    <message>
        <source>F1 (95 % interval)</source>
        <translation>F1 (95 % विश्वास अंतराल)</translation>
    </message>
    <message>
        <source>Figures from fewer than %1 memes: the interval is wide</source>
        <translation>%1 से कम मीम के आँकड़े: विश्वास अंतराल चौड़ा है</translation>
    </message>
    <message>
        <source>No interval: %1</source>
        <translation>कोई विश्वास अंतराल नहीं: %1</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>गणना नहीं की गई</translation>
    </message>
    <message>
        <source>95 % bootstrap intervals</source>
        <translation>95 % बूटस्ट्रैप अंतराल</translation>
    </message>
    <message>
        <source>First the memes whose reposts carry other labels (marked as duplicates; see Duplicates), then those whose given labels get the lowest probability from the model: perhaps mislabelled. Select one and press a label key to relabel it.</source>
        <translation>पहले वे मीम जिनके रीपोस्ट अलग लेबल रखते हैं (डुप्लिकेट के रूप में चिह्नित; डुप्लिकेट देखें), फिर वे जिनके दिए गए लेबल को मॉडल सबसे कम संभावना देता है: शायद गलत लेबल। किसी को चुनें और उसे फिर से लेबल करने के लिए लेबल कुंजी दबाएँ।</translation>
    </message>
</context>
<context>
    <name>memescope::AttentionView</name>
    <message>
        <source>OCR boxes</source>
        <translation>OCR बॉक्स</translation>
    </message>
    <message>
        <source>Tesseract&apos;s word boxes, red (unsure) to green (confident)</source>
        <translation>Tesseract के शब्द बॉक्स, लाल (अनिश्चित) से हरा (आश्वस्त)</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Heatmap अपारदर्शिता</translation>
    </message>
    <message>
        <source>The caption&apos;s words as the model read them: pick one to see where it looks</source>
        <translation>कैप्शन के शब्द जैसे मॉडल ने पढ़े: यह देखने के लिए एक चुनें कि वह कहाँ देखता है</translation>
    </message>
    <message numerus="yes">
        <source>read by the model as %n piece(s)</source>
        <translation>
            <numerusform>मॉडल द्वारा %n टुकड़े के रूप में पढ़ा गया</numerusform>
            <numerusform>मॉडल द्वारा %n टुकड़ों के रूप में पढ़ा गया</numerusform>
        </translation>
    </message>
    <message>
        <source>This model&apos;s fusion has no token-level attention to draw.</source>
        <translation>इस मॉडल के fusion में दिखाने के लिए token-स्तर attention नहीं है।</translation>
    </message>
    <message>
        <source>No image: nothing to attend to.</source>
        <translation>कोई चित्र नहीं: ध्यान देने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>“%1” is not among the words the model read</source>
        <translation>“%1” मॉडल द्वारा पढ़े गए शब्दों में नहीं है</translation>
    </message>
    <message>
        <source>Where “%1” looks in the image (model attention, averaged over %2 layers × %3 heads)</source>
        <translation>चित्र में “%1” कहाँ देखता है (मॉडल attention, %2 परतों × %3 heads पर औसत)</translation>
    </message>
    <message>
        <source>That region is outside the square the vision encoder sees (dashed).</source>
        <translation>वह क्षेत्र उस वर्ग के बाहर है जिसे vision encoder देखता है (धराशायी)।</translation>
    </message>
    <message>
        <source>attention from the region: %1</source>
        <translation>क्षेत्र से attention: %1</translation>
    </message>
    <message numerus="yes">
        <source>Words the %n selected patch(es) attend to, brightest = most</source>
        <translation>
            <numerusform>वे शब्द जिन पर %n चुना गया patch ध्यान देता है, सबसे चमकीला = सबसे अधिक</numerusform>
            <numerusform>वे शब्द जिन पर %n चुने गए patches ध्यान देते हैं, सबसे चमकीला = सबसे अधिक</numerusform>
        </translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>समझाएँ</translation>
    </message>
    <message>
        <source>Relevance: gradient-weighted attention rollout (Chefer et al. 2021), what raised the class&apos;s score. Integrated gradients (Sundararajan et al. 2017): slower, axiomatic. Raw attention: where the model looked, not why.</source>
        <translation>प्रासंगिकता: ग्रेडिएंट-भारित अटेंशन रोलआउट (Chefer et al. 2021), किसने वर्ग का स्कोर बढ़ाया। इंटीग्रेटेड ग्रेडिएंट्स (Sundararajan et al. 2017): धीमा, स्वयंसिद्ध। कच्चा अटेंशन: मॉडल ने कहाँ देखा, क्यों नहीं।</translation>
    </message>
    <message>
        <source>for</source>
        <translation>के लिए</translation>
    </message>
    <message>
        <source>The label whose score is explained (the predicted one by default)</source>
        <translation>वह लेबल जिसका स्कोर समझाया जाता है (डिफ़ॉल्ट रूप से अनुमानित)</translation>
    </message>
    <message>
        <source>Word weights</source>
        <translation>शब्द भार</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>प्रासंगिकता</translation>
    </message>
    <message>
        <source>Integrated gradients</source>
        <translation>इंटीग्रेटेड ग्रेडिएंट्स</translation>
    </message>
    <message>
        <source>Raw attention</source>
        <translation>कच्चा अटेंशन</translation>
    </message>
    <message>
        <source>This model has no token-level attention for this meme</source>
        <translation>इस मॉडल में इस मीम के लिए टोकन-स्तर अटेंशन नहीं है</translation>
    </message>
    <message>
        <source>%1 (predicted)</source>
        <translation>%1 (अनुमानित)</translation>
    </message>
    <message>
        <source>This model&apos;s fusion has no token-level attention to draw: choose Relevance.</source>
        <translation>इस मॉडल के फ़्यूज़न में दिखाने को टोकन-स्तर अटेंशन नहीं है: प्रासंगिकता चुनें।</translation>
    </message>
    <message>
        <source>%1 for “%2”: %3</source>
        <translation>“%2” के लिए %1: %3</translation>
    </message>
    <message>
        <source>%1 for “%2”: what raised the class&apos;s score, in the picture and the words (brightest = most).</source>
        <translation>“%2” के लिए %1: चित्र और शब्दों में किसने वर्ग का स्कोर बढ़ाया (सबसे चमकीला = सबसे अधिक)।</translation>
    </message>
    <message>
        <source>%1 for “%2”: each word&apos;s coefficient × tf-idf in the TF-IDF model (brightest = raises the score most); the model does not see the picture.</source>
        <translation>“%2” के लिए %1: TF-IDF मॉडल में हर शब्द का गुणांक × tf-idf (सबसे चमकीला = स्कोर सबसे अधिक बढ़ाता है); मॉडल चित्र नहीं देखता।</translation>
    </message>
    <message>
        <source>%1 for “%2”: no image, so the words alone (brightest = most).</source>
        <translation>“%2” के लिए %1: कोई चित्र नहीं, इसलिए केवल शब्द (सबसे चमकीला = सबसे अधिक)।</translation>
    </message>
    <message>
        <source>%1 for “%2”: nothing in the picture raised the class&apos;s score; the words are coloured by what did.</source>
        <translation>“%2” के लिए %1: चित्र में किसी ने वर्ग का स्कोर नहीं बढ़ाया; शब्द उसके अनुसार रंगे हैं जिसने बढ़ाया।</translation>
    </message>
    <message>
        <source>Negative attributions (against the class) are not drawn; completeness gap %1.</source>
        <translation>नकारात्मक आरोपण (वर्ग के विरुद्ध) नहीं दिखाए गए; पूर्णता अंतर %1।</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>अटेंशन</translation>
    </message>
    <message>
        <source>Dragging over the image shows which words look there: choose Raw attention.</source>
        <translation>चित्र पर खींचने से दिखता है कि कौन से शब्द वहाँ देखते हैं: कच्चा अटेंशन चुनें।</translation>
    </message>
</context>
<context>
    <name>memescope::BrowserView</name>
    <message>
        <source>This project has no memes yet. Import a dataset (File ▸ Import) or drop images here.</source>
        <translation>इस परियोजना में अभी कोई मीम नहीं है। डेटासेट आयात करें (फ़ाइल ▸ आयात) या चित्र यहाँ छोड़ें।</translation>
    </message>
    <message>
        <source>Every meme is labelled: the labelling queue is empty.

Press Ctrl+U to leave the queue.</source>
        <translation>हर मीम पर लेबल है: लेबलिंग कतार खाली है।

कतार छोड़ने के लिए Ctrl+U दबाएँ।</translation>
    </message>
    <message>
        <source>No meme matches the filter.</source>
        <translation>कोई मीम फ़िल्टर से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Nothing to review: no reposts with conflicting labels (View ▸ Duplicates finds them) and no labelled meme the selected run disagrees with.

Press Ctrl+Shift+U to leave the queue.</source>
        <translation>जाँचने को कुछ नहीं: परस्पर विरोधी लेबल वाले कोई रीपोस्ट नहीं (दृश्य ▸ डुप्लिकेट उन्हें ढूँढता है) और कोई लेबल किया मीम नहीं जिससे चुना रन असहमत हो।

कतार छोड़ने के लिए Ctrl+Shift+U दबाएँ।</translation>
    </message>
</context>
<context>
    <name>memescope::ConfusionMatrixWidget</name>
    <message>
        <source>Select a run to see its confusion matrix</source>
        <translation>कन्फ्यूज़न मैट्रिक्स देखने के लिए कोई रन चुनें</translation>
    </message>
    <message>
        <source>share of the row&apos;s memes</source>
        <translation>पंक्ति के मीम में हिस्सा</translation>
    </message>
    <message>
        <source>%1: %2 · %3: %4 — %5 memes, %6 % of the row (click to show them)</source>
        <translation>%1: %2 · %3: %4 — %5 मीम, पंक्ति का %6 % (दिखाने के लिए क्लिक करें)</translation>
    </message>
</context>
<context>
    <name>memescope::DuplicateGroupDelegate</name>
    <message>
        <source>text ≥ %1</source>
        <translation>पाठ ≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>image ≤ %n bit(s)</source>
        <translation>
            <numerusform>छवि ≤ %n बिट</numerusform>
            <numerusform>छवि ≤ %n बिट</numerusform>
        </translation>
    </message>
    <message>
        <source>train</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>वैलिडेशन</translation>
    </message>
    <message>
        <source>test</source>
        <translation>टेस्ट</translation>
    </message>
    <message>
        <source>no split</source>
        <translation>कोई विभाजन नहीं</translation>
    </message>
    <message numerus="yes">
        <source>+%n more

show all in the gallery</source>
        <translation>
            <numerusform>+%n और

सभी गैलरी में दिखाएँ</numerusform>
            <numerusform>+%n और

सभी गैलरी में दिखाएँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s)</source>
        <translation>
            <numerusform>%n मीम</numerusform>
            <numerusform>%n मीम</numerusform>
        </translation>
    </message>
    <message>
        <source>leak</source>
        <translation>लीक</translation>
    </message>
    <message>
        <source>conflicting labels</source>
        <translation>परस्पर विरोधी लेबल</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>कोई लक्षण नहीं</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>बिना लेबल</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meme(s)</source>
        <translation>
            <numerusform>%1: %n मीम</numerusform>
            <numerusform>%1: %n मीम</numerusform>
        </translation>
    </message>
    <message>
        <source>Leak: its members are in the %1 splits, so a model is tested on what it has seen</source>
        <translation>लीक: इस समूह के मीम %1 विभाजनों में हैं, इसलिए मॉडल को उसी पर टेस्ट किया जाता है जो वह पहले देख चुका है</translation>
    </message>
    <message>
        <source>Conflicting labels: the same meme is labelled differently</source>
        <translation>परस्पर विरोधी लेबल: एक ही मीम पर अलग-अलग लेबल लगे हैं</translation>
    </message>
    <message>
        <source>Captions match with a similarity of %1 or more (1 = the same words)</source>
        <translation>कैप्शन कम से कम %1 की समानता से मेल खाते हैं (1 = वही शब्द)</translation>
    </message>
    <message numerus="yes">
        <source>Pictures match within %n bit(s) of their perceptual hashes (0 = the same picture)</source>
        <translation>
            <numerusform>चित्र अपने परसेप्चुअल हैश के %n बिट के भीतर मेल खाते हैं (0 = वही चित्र)</numerusform>
            <numerusform>चित्र अपने परसेप्चुअल हैश के %n बिट के भीतर मेल खाते हैं (0 = वही चित्र)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a meme to inspect it</source>
        <translation>देखने के लिए किसी मीम पर क्लिक करें</translation>
    </message>
    <message>
        <source>%1 · %2 split</source>
        <translation>%1 · %2 विभाजन</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>बिना लेबल</translation>
    </message>
    <message>
        <source>Labels: no symptom</source>
        <translation>लेबल: कोई लक्षण नहीं</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>लेबल: %1</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>केवल पाठ</translation>
    </message>
    <message numerus="yes">
        <source>%n more meme(s) of this group: click to show the whole group in the gallery</source>
        <translation>
            <numerusform>इस समूह का %n और मीम: पूरा समूह गैलरी में दिखाने के लिए क्लिक करें</numerusform>
            <numerusform>इस समूह के %n और मीम: पूरा समूह गैलरी में दिखाने के लिए क्लिक करें</numerusform>
        </translation>
    </message>
    <message>
        <source>picture ≥ %1</source>
        <translation>चित्र ≥ %1</translation>
    </message>
    <message>
        <source>Pictures match where neither meme shows text: at least %1 of it has the same colour, and the same objects and edges (1 = all of it)</source>
        <translation>चित्र वहाँ मेल खाते हैं जहाँ किसी भी मीम पर पाठ नहीं है: उसका कम से कम %1 भाग एक ही रंग का है, और वस्तुएँ व किनारे भी वही हैं (1 = पूरा)</translation>
    </message>
</context>
<context>
    <name>memescope::DuplicateGroupsModel</name>
    <message numerus="yes">
        <source>%1, %n meme(s)</source>
        <translation>
            <numerusform>%1, %n मीम</numerusform>
            <numerusform>%1, %n मीम</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memescope::Duplicates</name>
    <message>
        <source>Same meme</source>
        <translation>एक ही मीम</translation>
    </message>
    <message>
        <source>Same text, other image</source>
        <translation>एक ही पाठ, अलग छवि</translation>
    </message>
    <message>
        <source>Same image, other text</source>
        <translation>एक ही छवि, अलग पाठ</translation>
    </message>
    <message>
        <source>Same text (text only)</source>
        <translation>एक ही पाठ (केवल पाठ)</translation>
    </message>
    <message>
        <source>Mixed (image and text links)</source>
        <translation>मिश्रित (छवि और पाठ दोनों से जुड़े)</translation>
    </message>
</context>
<context>
    <name>memescope::DuplicatesView</name>
    <message>
        <source>How alike two captions must be to count as the same text: the share of word pairs they have in common (Jaccard similarity), after case, punctuation, handles and watermarks are removed. 1 = the same words only; lower also matches captions with a few words changed. Very short captions are not compared.</source>
        <translation>दो कैप्शन एक ही पाठ माने जाने के लिए कितने मिलते-जुलते होने चाहिए: उनमें साझा शब्द-जोड़ों का अनुपात (जैकार्ड समानता), अक्षरों का केस, विराम चिह्न, हैंडल और वॉटरमार्क हटाने के बाद। 1 = केवल वही शब्द; कम मान कुछ बदले हुए शब्दों वाले कैप्शन से भी मेल खाता है। बहुत छोटे कैप्शन की तुलना नहीं की जाती।</translation>
    </message>
    <message>
        <source>Text similarity ≥</source>
        <translation>पाठ समानता ≥</translation>
    </message>
    <message>
        <source>How alike two pictures must be to count as the same image: the number of differing bits of their 64-bit perceptual hashes. 0 = the same picture only; about 10 also matches a picture rescaled, re-encoded, stamped or lightly cropped; more risks matching different pictures. Pictures under different captions must be closer still to link their memes.</source>
        <translation>दो चित्र एक ही छवि माने जाने के लिए कितने मिलते-जुलते होने चाहिए: उनके 64-बिट परसेप्चुअल हैश में भिन्न बिटों की संख्या। 0 = केवल वही चित्र; लगभग 10 ऐसे चित्र से भी मेल खाता है जिसका आकार बदला गया हो, जिसे फिर से एनकोड किया गया हो, जिस पर मुहर लगी हो या जिसे थोड़ा क्रॉप किया गया हो; इससे अधिक पर अलग-अलग चित्रों के मेल खाने का जोखिम है। अलग-अलग कैप्शन वाले चित्रों को अपने मीम जोड़ने के लिए और भी निकट होना चाहिए।</translation>
    </message>
    <message>
        <source>Image distance ≤</source>
        <translation>छवि दूरी ≤</translation>
    </message>
    <message>
        <source> bits</source>
        <translation> बिट</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>डुप्लिकेट खोजें</translation>
    </message>
    <message>
        <source>Hash the pictures not hashed yet, then group the memes that repeat each other under these settings (they become the project&apos;s)</source>
        <translation>जिन चित्रों का हैश अभी नहीं बना है उनका हैश बनाएँ, फिर इन सेटिंग्स के अनुसार एक-दूसरे को दोहराने वाले मीम को समूहों में रखें (ये सेटिंग्स प्रोजेक्ट की बन जाती हैं)</translation>
    </message>
    <message>
        <source>Settings changed: Find Duplicates applies them</source>
        <translation>सेटिंग्स बदलीं: “डुप्लिकेट खोजें” उन्हें लागू करता है</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>Leaks only</source>
        <translation>केवल लीक</translation>
    </message>
    <message>
        <source>Groups whose members are in more than one of the training, validation and test splits</source>
        <translation>वे समूह जिनके मीम प्रशिक्षण, वैलिडेशन और टेस्ट विभाजनों में से एक से अधिक में हैं</translation>
    </message>
    <message>
        <source>Conflicting labels only</source>
        <translation>केवल परस्पर विरोधी लेबल</translation>
    </message>
    <message>
        <source>Groups whose labelled members are labelled differently</source>
        <translation>वे समूह जिनके लेबल किए गए मीम पर अलग-अलग लेबल हैं</translation>
    </message>
    <message>
        <source>a duplicate group (%1)</source>
        <translation>एक डुप्लिकेट समूह (%1)</translation>
    </message>
    <message numerus="yes">
        <source>No duplicates among %n meme(s) under these settings</source>
        <translation>
            <numerusform>इन सेटिंग्स पर %n मीम में कोई डुप्लिकेट नहीं</numerusform>
            <numerusform>इन सेटिंग्स पर %n मीम में कोई डुप्लिकेट नहीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) holding %1 memes</source>
        <translation>
            <numerusform>%1 मीम वाला %n समूह</numerusform>
            <numerusform>%1 मीम वाले %n समूह</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leak(s) across splits (%1)</source>
        <translation>
            <numerusform>विभाजनों के बीच %n लीक (%1)</numerusform>
            <numerusform>विभाजनों के बीच %n लीक (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no leaks across splits</source>
        <translation>विभाजनों के बीच कोई लीक नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test meme(s) repeat a training or validation meme</source>
        <translation>
            <numerusform>%n टेस्ट मीम में से %1 किसी प्रशिक्षण या वैलिडेशन मीम को दोहराता है</numerusform>
            <numerusform>%n टेस्ट मीम में से %1 किसी प्रशिक्षण या वैलिडेशन मीम को दोहराते हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with conflicting labels</source>
        <translation>
            <numerusform>परस्पर विरोधी लेबल वाला %n</numerusform>
            <numerusform>परस्पर विरोधी लेबल वाले %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) without a hash compared by their text only</source>
        <translation>
            <numerusform>बिना हैश वाली %n छवि की तुलना केवल उसके पाठ से की गई</numerusform>
            <numerusform>बिना हैश वाली %n छवियों की तुलना केवल उनके पाठ से की गई</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s) shown</source>
        <translation>
            <numerusform>%n समूह में से %1 दिखाया गया</numerusform>
            <numerusform>%n समूहों में से %1 दिखाए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a project to find the memes that repeat each other.</source>
        <translation>एक-दूसरे को दोहराने वाले मीम खोजने के लिए कोई प्रोजेक्ट खोलें।</translation>
    </message>
    <message>
        <source>Looking for duplicates… (the Jobs panel shows how far it has got)</source>
        <translation>डुप्लिकेट खोजे जा रहे हैं… (कार्य पैनल दिखाता है कि काम कितना आगे बढ़ा है)</translation>
    </message>
    <message>
        <source>Not searched yet. Find Duplicates compares every caption and picture of the project: the same meme uploaded again, a caption over another picture, a picture under another caption — and finds the groups that leak across the training, validation and test splits.</source>
        <translation>अभी खोजा नहीं गया। “डुप्लिकेट खोजें” प्रोजेक्ट के हर कैप्शन और चित्र की तुलना करता है: वही मीम दोबारा अपलोड किया गया, किसी दूसरे चित्र पर वही कैप्शन, किसी दूसरे कैप्शन के नीचे वही चित्र — और उन समूहों को ढूँढता है जो प्रशिक्षण, वैलिडेशन और टेस्ट विभाजनों के बीच लीक होते हैं।</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>खोज विफल रही: %1</translation>
    </message>
    <message>
        <source>No memes repeat each other under these settings.</source>
        <translation>इन सेटिंग्स पर कोई मीम एक-दूसरे को नहीं दोहराता।</translation>
    </message>
    <message>
        <source>No group matches the filters.</source>
        <translation>कोई समूह फ़िल्टर से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>How alike two pictures must be to count as the same picture under another caption: the share of the picture, where neither meme shows text, that has the same colour in both. 1 = every part; 0.9 also matches a picture rescaled or re-encoded. The objects and edges must match as well, so pictures that only share a plain backdrop stay apart.</source>
        <translation>दो चित्र कितने मिलते-जुलते हों कि उन्हें दूसरे कैप्शन के नीचे वही चित्र माना जाए: चित्र का वह भाग, जहाँ किसी मीम पर पाठ नहीं है, जिसका रंग दोनों में एक जैसा है। 1 = हर भाग; 0.9 आकार बदले या दोबारा एन्कोड किए गए चित्र को भी पहचानता है। वस्तुएँ और किनारे भी मेल खाने चाहिए, इसलिए केवल सादी पृष्ठभूमि साझा करने वाले चित्र अलग रहते हैं।</translation>
    </message>
    <message>
        <source>Picture ≥</source>
        <translation>चित्र ≥</translation>
    </message>
</context>
<context>
    <name>memescope::EmbeddingScatter</name>
    <message>
        <source>Fused embedding</source>
        <translation>फ़्यूज़्ड एम्बेडिंग</translation>
    </message>
    <message>
        <source>Text embedding</source>
        <translation>टेक्स्ट एम्बेडिंग</translation>
    </message>
    <message>
        <source>Image embedding</source>
        <translation>छवि एम्बेडिंग</translation>
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
        <translation>सही लेबल के अनुसार रंग</translation>
    </message>
    <message>
        <source>Colour by correctness</source>
        <translation>सही/गलत के अनुसार रंग</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>गलत</translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation>बिना लेबल</translation>
    </message>
    <message>
        <source>no label / unlabelled</source>
        <translation>कोई लेबल नहीं / बिना लेबल</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>लैसो</translation>
    </message>
    <message>
        <source>Draw around points to show those memes in the gallery</source>
        <translation>उन मीम को गैलरी में दिखाने के लिए बिंदुओं के चारों ओर खींचें</translation>
    </message>
    <message>
        <source>click a point to inspect the meme; wheel zooms, drag pans</source>
        <translation>मीम देखने के लिए बिंदु पर क्लिक करें; व्हील ज़ूम करता है, खींचना सरकाता है</translation>
    </message>
    <message>
        <source>Projecting the embeddings (t-SNE)…</source>
        <translation>embeddings प्रक्षेपित हो रहे हैं (t-SNE)…</translation>
    </message>
    <message>
        <source>Select a run (toolbar) to see its embeddings.</source>
        <translation>उसके embeddings देखने के लिए एक रन चुनें (टूलबार)।</translation>
    </message>
    <message>
        <source>This run stored no %1. A TF-IDF baseline learns no embedding to project; neural runs store them for every meme.</source>
        <translation>इस रन ने कोई %1 संग्रहीत नहीं किया। TF-IDF आधार रेखा प्रक्षेपित करने योग्य कोई embedding नहीं सीखती; न्यूरल रन हर मीम के लिए इन्हें संग्रहीत करते हैं।</translation>
    </message>
    <message>
        <source>None of this run&apos;s embeddings belong to memes still in the project.</source>
        <translation>इस रन का कोई embedding अब परियोजना में मौजूद मीम का नहीं है।</translation>
    </message>
    <message>
        <source>lasso in the embedding view</source>
        <translation>embedding दृश्य में लैसो</translation>
    </message>
</context>
<context>
    <name>memescope::Explain</name>
    <message>
        <source>Raw attention</source>
        <translation>अपरिष्कृत अटेंशन</translation>
    </message>
    <message>
        <source>Integrated gradients</source>
        <translation>इंटीग्रेटेड ग्रेडिएंट्स</translation>
    </message>
    <message>
        <source>Relevance (gradient-weighted rollout)</source>
        <translation>प्रासंगिकता (ग्रेडिएंट-भारित रोलआउट)</translation>
    </message>
    <message>
        <source>Word weights (coefficient × tf-idf)</source>
        <translation>शब्द भार (गुणांक × tf-idf)</translation>
    </message>
    <message>
        <source>integrated gradients: %1 path points</source>
        <translation>इंटीग्रेटेड ग्रेडिएंट्स: %1 पथ बिंदु</translation>
    </message>
</context>
<context>
    <name>memescope::Faithfulness</name>
    <message>
        <source>no meme to measure</source>
        <translation>मापने के लिए कोई मीम नहीं</translation>
    </message>
    <message>
        <source>testing the relevance maps</source>
        <translation>प्रासंगिकता मानचित्रों की जाँच</translation>
    </message>
    <message>
        <source>Random order (the floor)</source>
        <translation>यादृच्छिक क्रम (निचली सीमा)</translation>
    </message>
    <message>
        <source>Deletion: the class probability&apos;s mean fall (AOPC) as the most relevant 10-50 % of the picture&apos;s patches or the caption&apos;s words are removed; higher = more faithful.
</source>
        <translation>हटाना: चित्र के सबसे प्रासंगिक 10-50 % पैच या शब्द हटाने पर वर्ग प्रायिकता की औसत गिरावट (AOPC); अधिक = अधिक विश्वसनीय।
</translation>
    </message>
    <message>
        <source>Pointing game: the share of memes whose most relevant patch lies on the label&apos;s motif / whose most relevant word is one of the label&apos;s words; for the random floor, the share expected by chance.
</source>
        <translation>पॉइंटिंग गेम: उन मीम का हिस्सा जिनका सबसे प्रासंगिक पैच लेबल के मोटिफ़ पर है / जिनका सबसे प्रासंगिक शब्द लेबल के शब्दों में है; यादृच्छिक सीमा के लिए संयोग से अपेक्षित हिस्सा।
</translation>
    </message>
    <message>
        <source>95 % percentile-bootstrap intervals over the memes in brackets.

</source>
        <translation>कोष्ठक में मीम पर 95 % पर्सेंटाइल-बूटस्ट्रैप अंतराल।

</translation>
    </message>
    <message>
        <source>method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <source>AOPC picture</source>
        <translation>AOPC चित्र</translation>
    </message>
    <message>
        <source>AOPC words</source>
        <translation>AOPC शब्द</translation>
    </message>
    <message>
        <source>motif hit</source>
        <translation>मोटिफ़ हिट</translation>
    </message>
    <message>
        <source>word hit</source>
        <translation>शब्द हिट</translation>
    </message>
    <message>
        <source>s/meme</source>
        <translation>से./मीम</translation>
    </message>
    <message>
        <source>Paired differences (the same memes):</source>
        <translation>युग्मित अंतर (वही मीम):</translation>
    </message>
    <message>
        <source>%1 memes. Motif hits on the %2 whose drawn motif is one of their labels; word hits on the %3 whose caption holds words of their label.</source>
        <translation>%1 मीम। मोटिफ़ हिट उन %2 पर जिनका बना मोटिफ़ उनके लेबलों में है; शब्द हिट उन %3 पर जिनके पाठ में उनके लेबल के शब्द हैं।</translation>
    </message>
    <message>
        <source>(No truth file: the pointing game needs the demo&apos;s demo_truth.json, --truth.)</source>
        <translation>(कोई सत्य फ़ाइल नहीं: पॉइंटिंग गेम को डेमो की demo_truth.json चाहिए, --truth।)</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>टिप्पणी: </translation>
    </message>
    <message>
        <source>Cancelled: the figures cover the memes done so far.</source>
        <translation>रद्द: आँकड़े अब तक पूरे हुए मीम को दर्शाते हैं।</translation>
    </message>
</context>
<context>
    <name>memescope::FeatureCache</name>
    <message>
        <source>Frozen encoder features: at most %1 for %2 memes, computed once.</source>
        <translation>स्थिर एन्कोडर की विशेषताएँ: %2 मीम के लिए अधिकतम %1, एक बार गणना।</translation>
    </message>
    <message>
        <source>Frozen encoder features: %1 for %2 memes, computed once.</source>
        <translation>स्थिर एन्कोडर की विशेषताएँ: %2 मीम के लिए %1, एक बार गणना।</translation>
    </message>
    <message>
        <source>Building them takes about %1 (%2 memes/s measured here).</source>
        <translation>इन्हें बनाने में लगभग %1 लगते हैं (यहाँ मापा गया: %2 मीम/से.)।</translation>
    </message>
    <message>
        <source>Building them takes one pass of the frozen layers over the memes (not measured here yet).</source>
        <translation>इन्हें बनाने में मीम पर स्थिर परतों का एक पास लगता है (यहाँ अभी मापा नहीं गया)।</translation>
    </message>
    <message>
        <source>The project&apos;s cache holds %1 now (memes already there are not computed again).</source>
        <translation>प्रोजेक्ट के कैश में अभी %1 है (जो मीम पहले से हैं उनकी फिर से गणना नहीं होती)।</translation>
    </message>
</context>
<context>
    <name>memescope::FilterBar</name>
    <message>
        <source>Search id, text, reasoning…</source>
        <translation>आईडी, टेक्स्ट, तर्क खोजें…</translation>
    </message>
    <message>
        <source>All splits</source>
        <translation>सभी विभाजन</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>सभी लेबल</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>बिना लेबल</translation>
    </message>
    <message>
        <source>OCR: any</source>
        <translation>OCR: कोई भी</translation>
    </message>
    <message>
        <source>OCR done</source>
        <translation>OCR हो चुका</translation>
    </message>
    <message>
        <source>OCR not done</source>
        <translation>OCR नहीं हुआ</translation>
    </message>
    <message>
        <source>Predictions: any</source>
        <translation>पूर्वानुमान: कोई भी</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>गलत</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>विश्वास</translation>
    </message>
    <message>
        <source>Confidence of the predicted label (needs a run)</source>
        <translation>अनुमानित लेबल का विश्वास (रन आवश्यक)</translation>
    </message>
    <message>
        <source>✕ Show all again</source>
        <translation>✕ फिर से सब दिखाएँ</translation>
    </message>
    <message>
        <source>Duplicates: any</source>
        <translation>डुप्लिकेट: कोई भी</translation>
    </message>
    <message>
        <source>Has duplicates</source>
        <translation>डुप्लिकेट वाले</translation>
    </message>
    <message>
        <source>Leaks into test</source>
        <translation>टेस्ट में लीक</translation>
    </message>
    <message>
        <source>Memes that repeat another meme; test memes that repeat a training or validation meme</source>
        <translation>वे मीम जो किसी दूसरे मीम को दोहराते हैं; वे टेस्ट मीम जो किसी प्रशिक्षण या वैलिडेशन मीम को दोहराते हैं</translation>
    </message>
    <message>
        <source>Find duplicates first (View ▸ Duplicates)</source>
        <translation>पहले डुप्लिकेट खोजें (दृश्य ▸ डुप्लिकेट)</translation>
    </message>
</context>
<context>
    <name>memescope::GalleryTileDelegate</name>
    <message>
        <source>unlabelled</source>
        <translation>बिना लेबल</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>कोई लक्षण नहीं</translation>
    </message>
    <message>
        <source>is: %1</source>
        <translation>है: %1</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>मॉडल: %1</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(कोई पाठ नहीं)</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>केवल पाठ</translation>
    </message>
    <message>
        <source>Unlabelled</source>
        <translation>बिना लेबल</translation>
    </message>
    <message>
        <source>Labels: no symptom</source>
        <translation>लेबल: कोई लक्षण नहीं</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>लेबल: %1</translation>
    </message>
    <message>
        <source>Model: %1 (confidence %2)</source>
        <translation>मॉडल: %1 (विश्वास %2)</translation>
    </message>
    <message>
        <source>A test meme that repeats a training or validation meme (View ▸ Duplicates)</source>
        <translation>एक टेस्ट मीम जो किसी प्रशिक्षण या वैलिडेशन मीम को दोहराता है (दृश्य ▸ डुप्लिकेट)</translation>
    </message>
    <message>
        <source>Repeats another meme (View ▸ Duplicates)</source>
        <translation>किसी दूसरे मीम को दोहराता है (दृश्य ▸ डुप्लिकेट)</translation>
    </message>
</context>
<context>
    <name>memescope::HeatLegend</name>
    <message>
        <source>Attention weight of each image patch (the patches of one word sum to 1): the colours span the lowest to the highest weight of the heatmap on show.</source>
        <translation>हर चित्र patch का attention भार (एक शब्द के patches का योग 1): रंग दिखाए गए heatmap के सबसे कम से सबसे अधिक भार तक फैले हैं।</translation>
    </message>
    <message>
        <source>low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>high</source>
        <translation>अधिक</translation>
    </message>
</context>
<context>
    <name>memescope::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>आयात रिपोर्ट</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 imported, %3 merged, %4 flagged, %5 skipped</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 आयातित, %3 विलय, %4 चिह्नित, %5 छोड़े गए</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>नमूना</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>चिह्नित</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
</context>
<context>
    <name>memescope::InspectorPanel</name>
    <message>
        <source>No meme selected</source>
        <translation>कोई मीम चयनित नहीं</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labels&lt;/b&gt; (keys 1–9)</source>
        <translation>&lt;b&gt;लेबल&lt;/b&gt; (कुंजियाँ 1–9)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt;</source>
        <translation>&lt;b&gt;मॉडल&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a meme in the gallery</source>
        <translation>गैलरी में कोई मीम चुनें</translation>
    </message>
    <message>
        <source>Figurative reasoning</source>
        <translation>आलंकारिक तर्क</translation>
    </message>
    <message>
        <source>Mental state</source>
        <translation>मानसिक स्थिति</translation>
    </message>
    <message>
        <source>Cause and effect</source>
        <translation>कारण और प्रभाव</translation>
    </message>
    <message>
        <source>Figurative understanding</source>
        <translation>आलंकारिक समझ</translation>
    </message>
    <message>
        <source>no symptom</source>
        <translation>कोई लक्षण नहीं</translation>
    </message>
    <message>
        <source>The model could not read this meme: %1</source>
        <translation>मॉडल यह मीम नहीं पढ़ सका: %1</translation>
    </message>
    <message>
        <source>Space or a double-click on the image: the meme full size</source>
        <translation>Space या चित्र पर डबल-क्लिक: मीम पूरे आकार में</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Words the model reads</source>
        <translation>मॉडल द्वारा पढ़े गए शब्द</translation>
    </message>
    <message>
        <source>Label history</source>
        <translation>लेबल इतिहास</translation>
    </message>
    <message>
        <source>The model&apos;s probability of “%1”</source>
        <translation>“%1” की मॉडल संभावना</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>चित्र पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>Text only — no image (%1)</source>
        <translation>केवल पाठ — कोई चित्र नहीं (%1)</translation>
    </message>
    <message>
        <source>expert %1: %2 %</source>
        <translation>विशेषज्ञ %1: %2 %</translation>
    </message>
    <message numerus="yes">
        <source>The model routes every meme through %n expert network(s) and mixes their answers with these weights.</source>
        <translation>
            <numerusform>मॉडल हर मीम को %n विशेषज्ञ नेटवर्क से गुज़ारता है और उत्तरों को इन भारों से मिलाता है।</numerusform>
            <numerusform>मॉडल हर मीम को %n विशेषज्ञ नेटवर्कों से गुज़ारता है और उनके उत्तरों को इन भारों से मिलाता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>आपका उत्तर: %1</translation>
    </message>
    <message>
        <source>You have not labelled this meme yet.</source>
        <translation>आपने अभी इस मीम पर लेबल नहीं लगाया है।</translation>
    </message>
    <message>
        <source>Hidden while labelling blind</source>
        <translation>अंध लेबलिंग के दौरान छिपा</translation>
    </message>
    <message>
        <source>Nobody has labelled this meme yet.</source>
        <translation>अभी तक किसी ने इस मीम पर लेबल नहीं लगाया।</translation>
    </message>
    <message numerus="yes">
        <source>Decided by %1 (adjudicator); %2 of %n annotator(s) chose it</source>
        <translation>
            <numerusform>%1 (निर्णायक) द्वारा तय; %n annotator में से %2 ने इसे चुना</numerusform>
            <numerusform>%1 (निर्णायक) द्वारा तय; %n annotators में से %2 ने इसे चुना</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotator(s) chose this label</source>
        <translation>
            <numerusform>%n annotator में से %1 ने यह लेबल चुना</numerusform>
            <numerusform>%n annotators में से %1 ने यह लेबल चुना</numerusform>
        </translation>
    </message>
    <message>
        <source>the dataset file</source>
        <translation>डेटासेट फ़ाइल</translation>
    </message>
    <message>
        <source>model suggestion (%1)</source>
        <translation>मॉडल सुझाव (%1)</translation>
    </message>
    <message>
        <source>%1 (adjudicator)</source>
        <translation>%1 (निर्णायक)</translation>
    </message>
    <message>
        <source>Mixture of experts: %1</source>
        <translation>Mixture of experts: %1</translation>
    </message>
    <message numerus="yes">
        <source>Each label as the majority of %n annotator(s) chose it</source>
        <translation>
            <numerusform>हर लेबल वैसा जैसा %n annotator के बहुमत ने चुना</numerusform>
            <numerusform>हर लेबल वैसा जैसा %n annotators के बहुमत ने चुना</numerusform>
        </translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>लेबल %1</translation>
    </message>
    <message>
        <source>Labelling blind: what the model reads and predicts is hidden.</source>
        <translation>अंधा लेबलिंग: मॉडल क्या पढ़ता और अनुमान लगाता है, छिपा है।</translation>
    </message>
    <message>
        <source>Computing integrated gradients (progress and Cancel in the Jobs panel)…</source>
        <translation>इंटीग्रेटेड ग्रेडिएंट्स की गणना (प्रगति और रद्द करें कार्य पैनल में)…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>%1 की गणना…</translation>
    </message>
    <message>
        <source>Integrated gradients · %1</source>
        <translation>इंटीग्रेटेड ग्रेडिएंट्स · %1</translation>
    </message>
    <message>
        <source>Integrated gradients for %1 (completeness gap %2)</source>
        <translation>%1 के लिए इंटीग्रेटेड ग्रेडिएंट्स (पूर्णता अंतर %2)</translation>
    </message>
    <message>
        <source>Cancelled: choose the method again to compute it.</source>
        <translation>रद्द: गणना के लिए विधि फिर से चुनें।</translation>
    </message>
    <message>
        <source>No explanation: %1</source>
        <translation>कोई व्याख्या नहीं: %1</translation>
    </message>
    <message>
        <source>The run&apos;s model could not be loaded (%1), so no relevance can be computed.</source>
        <translation>रन का मॉडल लोड नहीं हो सका (%1), इसलिए प्रासंगिकता की गणना नहीं हो सकती।</translation>
    </message>
    <message>
        <source>The heatmap is the attention stored with the run: where the model looked, averaged over the words, not why.</source>
        <translation>हीटमैप रन के साथ सहेजा गया अटेंशन है: मॉडल ने कहाँ देखा, शब्दों पर औसत, क्यों नहीं।</translation>
    </message>
</context>
<context>
    <name>memescope::JobRunner</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>लगभग %n s शेष</numerusform>
            <numerusform>लगभग %n s शेष</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>लगभग %n मिनट शेष</numerusform>
            <numerusform>लगभग %n मिनट शेष</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h left</source>
        <translation>लगभग %1 घंटे शेष</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>कोई प्रोजेक्ट खुला नहीं है</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %3 में से %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 विफल: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: रद्द</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: पूर्ण</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>आंतरिक त्रुटि: %1</translation>
    </message>
</context>
<context>
    <name>memescope::JobsPanel</name>
    <message>
        <source>Background jobs (import, OCR, training) appear here.</source>
        <translation>पृष्ठभूमि कार्य (आयात, OCR, प्रशिक्षण) यहाँ दिखते हैं।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>memescope::LabelingController</name>
    <message>
        <source>Label “%1”</source>
        <translation>लेबल “%1”</translation>
    </message>
    <message>
        <source>Label %1 memes “%2”</source>
        <translation>%1 मीम को “%2” लेबल दें</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n meme(s) as no symptom</source>
        <translation>
            <numerusform>%n मीम को &quot;कोई लक्षण नहीं&quot; चिह्नित करें</numerusform>
            <numerusform>%n मीम को &quot;कोई लक्षण नहीं&quot; चिह्नित करें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set labels of %n meme(s)</source>
        <translation>
            <numerusform>%n मीम के लेबल सेट करें</numerusform>
            <numerusform>%n मीम के लेबल सेट करें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept model suggestion for %n meme(s)</source>
        <translation>
            <numerusform>%n मीम के लिए मॉडल सुझाव स्वीकारें</numerusform>
            <numerusform>%n मीम के लिए मॉडल सुझाव स्वीकारें</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (adjudicated)</source>
        <translation>%1 (निर्णीत)</translation>
    </message>
    <message numerus="yes">
        <source>Agree with the label of %n meme(s)</source>
        <translation>
            <numerusform>%n मीम के लेबल से सहमत</numerusform>
            <numerusform>%n मीम के लेबल से सहमत</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memescope::LabellingMenu</name>
    <message>
        <source>Auto-&amp;Advance After Labelling</source>
        <translation>लेबल के बाद स्वतः आगे बढ़ें (&amp;D)</translation>
    </message>
    <message>
        <source>Toggle “%1”</source>
        <translation>“%1” टॉगल करें</translation>
    </message>
    <message>
        <source>Set “%1”</source>
        <translation>“%1” सेट करें</translation>
    </message>
    <message>
        <source>No Symptom (clear labels)</source>
        <translation>कोई लक्षण नहीं (लेबल हटाएँ)</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>&amp;Accept Model Suggestion</source>
        <translation>मॉडल सुझाव स्वीकारें (&amp;A)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Set A&amp;nnotator…</source>
        <translation>एनोटेटर सेट करें (&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Annotator A&amp;greement…</source>
        <translation>एनोटेटर सहमति (&amp;G)…</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>एनोटेटर</translation>
    </message>
    <message>
        <source>Your name, recorded with every label you set:</source>
        <translation>आपका नाम, जो आपके सेट किए हर लेबल के साथ दर्ज होता है:</translation>
    </message>
    <message numerus="yes">
        <source>Labelling queue: %n unlabelled meme(s), the model&apos;s least certain first</source>
        <translation>
            <numerusform>लेबलिंग कतार: %n बिना लेबल मीम, मॉडल के लिए सबसे अनिश्चित पहले</numerusform>
            <numerusform>लेबलिंग कतार: %n बिना लेबल मीम, मॉडल के लिए सबसे अनिश्चित पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>Labelling queue: select a run to order it by the model&apos;s uncertainty</source>
        <translation>लेबलिंग कतार: मॉडल की अनिश्चितता से क्रमबद्ध करने के लिए कोई रन चुनें</translation>
    </message>
    <message>
        <source>&amp;Blind Labelling (Hide Others’ Labels and the Model)</source>
        <translation>&amp;अंध लेबलिंग (दूसरों के लेबल और मॉडल छिपाएँ)</translation>
    </message>
    <message>
        <source>A&amp;djudicate (My Labels Settle Disagreements)</source>
        <translation>&amp;निर्णय करें (मेरे लेबल असहमति तय करें)</translation>
    </message>
    <message>
        <source>Shows only your own answers, so that what others chose cannot sway yours: independent answers are what agreement statistics assume.</source>
        <translation>केवल आपके अपने उत्तर दिखाता है, ताकि दूसरों की पसंद आपकी पसंद को प्रभावित न करे: सहमति आँकड़े स्वतंत्र उत्तर मानते हैं।</translation>
    </message>
    <message>
        <source>Blind labelling: you see only your own answers; the model&apos;s suggestion is hidden</source>
        <translation>अंध लेबलिंग: आप केवल अपने उत्तर देखते हैं; मॉडल सुझाव छिपा है</translation>
    </message>
    <message>
        <source>Blind labelling off: the current labels are shown</source>
        <translation>अंध लेबलिंग बंद: वर्तमान लेबल दिखाए जा रहे हैं</translation>
    </message>
    <message>
        <source>Your answers decide the current label of the memes you label, whatever the majority chose. They are not counted in the agreement statistics.</source>
        <translation>आपके उत्तर आपके लेबल किए मीम का वर्तमान लेबल तय करते हैं, बहुमत चाहे जो चुने। इन्हें सहमति आँकड़ों में नहीं गिना जाता।</translation>
    </message>
    <message>
        <source>A&amp;gree With the Current Label</source>
        <translation>वर्तमान लेबल से &amp;सहमत</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Labelling &amp;Queue: Most Uncertain First (Again to Leave)</source>
        <translation>लेबलिंग &amp;कतार: सबसे अनिश्चित पहले (छोड़ने के लिए फिर से)</translation>
    </message>
    <message>
        <source>Left the labelling queue</source>
        <translation>लेबलिंग कतार छोड़ी</translation>
    </message>
    <message>
        <source>Labelling as %1%2 (Label ▸ Set Annotator… to change)</source>
        <translation>%1%2 के रूप में लेबलिंग (बदलने के लिए लेबल ▸ एनोटेटर सेट करें…)</translation>
    </message>
    <message>
        <source>, blind</source>
        <translation>, अंधा</translation>
    </message>
    <message>
        <source>&amp;Review Queue: Conflicting Reposts, Then the Model&apos;s Disagreements (Again to Leave)</source>
        <translation>&amp;समीक्षा कतार: विरोधी रीपोस्ट, फिर मॉडल की असहमतियाँ (छोड़ने के लिए फिर से)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>A second look at labelled memes: reposts whose labels differ, then the memes whose labels the selected run supports least</source>
        <translation>लेबल किए मीम पर दूसरी नज़र: अलग लेबल वाले रीपोस्ट, फिर वे मीम जिनके लेबल को चुना रन सबसे कम समर्थन देता है</translation>
    </message>
    <message>
        <source>Left the queue</source>
        <translation>कतार छोड़ी</translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s) in reposts with conflicting labels</source>
        <translation>
            <numerusform>विरोधी लेबल वाले रीपोस्ट में %n मीम</numerusform>
            <numerusform>विरोधी लेबल वाले रीपोस्ट में %n मीम</numerusform>
        </translation>
    </message>
    <message>
        <source>no duplicate result (View ▸ Duplicates)</source>
        <translation>कोई डुप्लिकेट परिणाम नहीं (दृश्य ▸ डुप्लिकेट)</translation>
    </message>
    <message numerus="yes">
        <source>%n the run disagrees with</source>
        <translation>
            <numerusform>%n जिनसे रन असहमत है</numerusform>
            <numerusform>%n जिनसे रन असहमत है</numerusform>
        </translation>
    </message>
    <message>
        <source>no run selected</source>
        <translation>कोई रन नहीं चुना</translation>
    </message>
    <message>
        <source>Review queue: %1</source>
        <translation>समीक्षा कतार: %1</translation>
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
        <translation>भाषा</translation>
    </message>
    <message>
        <source>MemeScope will use the new language from its next start.</source>
        <translation>MemeScope अगली बार शुरू होने पर नई भाषा का उपयोग करेगा।</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>अभी पुनः आरंभ करें</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>बाद में</translation>
    </message>
</context>
<context>
    <name>memescope::Leaks</name>
    <message>
        <source>duplicates: captions %1 alike or more, pictures within %2 bits</source>
        <translation>डुप्लिकेट: कम से कम %1 समानता वाले कैप्शन, %2 बिट के भीतर के चित्र</translation>
    </message>
    <message>
        <source>none of the %1 %2 memes repeats a training or validation meme (%3)</source>
        <translation>%2 के %1 मीम में से कोई भी किसी प्रशिक्षण या वैलिडेशन मीम को नहीं दोहराता (%3)</translation>
    </message>
    <message>
        <source>every one of the %1 %2 memes repeats a training or validation meme: no leak-free figures (%3)</source>
        <translation>%2 के सभी %1 मीम किसी प्रशिक्षण या वैलिडेशन मीम को दोहराते हैं: कोई लीक-मुक्त आंकड़े नहीं (%3)</translation>
    </message>
    <message>
        <source>macro-F1 %1 on all %2 %3 memes; %4 on the %5 that repeat no training or validation meme (%6 left out; %7)</source>
        <translation>%3 के सभी %2 मीम पर मैक्रो-F1 %1; उन %5 पर %4 जो किसी प्रशिक्षण या वैलिडेशन मीम को नहीं दोहराते (%6 छोड़े गए; %7)</translation>
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
        <translation>लेबल सहेजे नहीं गए</translation>
    </message>
    <message>
        <source>Open a project (File ▸ Open) or create one (File ▸ New)</source>
        <translation>कोई प्रोजेक्ट खोलें (फ़ाइल ▸ खोलें) या नया बनाएँ (फ़ाइल ▸ नया)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>निरीक्षक</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>Error Analysis</source>
        <translation>त्रुटि विश्लेषण</translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s): %1</source>
        <translation>
            <numerusform>%n मीम: %1</numerusform>
            <numerusform>%n मीम: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source> Run: </source>
        <translation> रन: </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>नया प्रोजेक्ट (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>प्रोजेक्ट खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>हाल के प्रोजेक्ट (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>डेटासेट आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Add Images…</source>
        <translation>छवियाँ जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>रिपोर्ट निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>प्रोजेक्ट बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;All Shown</source>
        <translation>दिखाए गए सभी चुनें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>Clear &amp;Filters</source>
        <translation>फ़िल्टर हटाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>लेबल (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>गैलरी (&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>तालिका (&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>उपकरण (&amp;T)</translation>
    </message>
    <message>
        <source>Run &amp;OCR on New Images</source>
        <translation>नई छवियों पर OCR चलाएँ (&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Train a Model…</source>
        <translation>मॉडल प्रशिक्षित करें (&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Run an &amp;Ablation Study…</source>
        <translation>एब्लेशन अध्ययन चलाएँ (&amp;A)…</translation>
    </message>
    <message>
        <source>Reload &amp;Runs</source>
        <translation>रन फिर से लोड करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MemeScope</source>
        <translation>MemeScope के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>%1[*] — MemeScope</source>
        <translation>%1[*] — MemeScope</translation>
    </message>
    <message>
        <source>Opened %1 — every label is saved as you set it</source>
        <translation>%1 खोला गया — हर लेबल सेट करते ही सहेजा जाता है</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>प्रोजेक्ट नहीं खुल सका</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>नया प्रोजेक्ट</translation>
    </message>
    <message>
        <source>MemeScope projects (*.memescope)</source>
        <translation>MemeScope प्रोजेक्ट (*.memescope)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 पहले से मौजूद है; इसके बजाय उसे खोलें।</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>प्रोजेक्ट नहीं बन सका</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>प्रोजेक्ट खोलें</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>पहले कोई प्रोजेक्ट खोलें या बनाएँ।</translation>
    </message>
    <message>
        <source>Import Dataset Folder</source>
        <translation>डेटासेट फ़ोल्डर आयात करें</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>आयात विफल</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <source>Select a finished run in the toolbar first.</source>
        <translation>पहले टूलबार में कोई पूरा हुआ रन चुनें।</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML रिपोर्ट (*.html);;PDF रिपोर्ट (*.pdf)</translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>छवियाँ जोड़ें</translation>
    </message>
    <message>
        <source>About MemeScope</source>
        <translation>MemeScope के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MemeScope %1&lt;/h3&gt;&lt;p&gt;A workbench for researchers who study mental-health memes.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3&lt;br&gt;Compute: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MemeScope %1&lt;/h3&gt;&lt;p&gt;मानसिक-स्वास्थ्य मीम का अध्ययन करने वाले शोधकर्ताओं के लिए एक कार्यक्षेत्र।&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3&lt;br&gt;गणना: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>छवियाँ (%1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 विफल: %2</translation>
    </message>
    <message>
        <source>Memes</source>
        <translation>मीम</translation>
    </message>
    <message>
        <source>&amp;Focus on the Meme</source>
        <translation>मीम पर &amp;केंद्रित</translation>
    </message>
    <message>
        <source>&amp;Memes</source>
        <translation>&amp;मीम</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>प्र&amp;शिक्षण</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Error Analysis</source>
        <translation>&amp;त्रुटि विश्लेषण</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>labelling blind as %1</source>
        <translation>%1 के रूप में अंध लेबलिंग</translation>
    </message>
    <message>
        <source>adjudicating as %1</source>
        <translation>%1 के रूप में निर्णय</translation>
    </message>
    <message>
        <source>labelling as %1</source>
        <translation>%1 के रूप में लेबलिंग</translation>
    </message>
    <message>
        <source>%1 shown · %2 selected · %3 of %4 labelled · %5</source>
        <translation>%1 दिखाए · %2 चुने · %4 में से %3 लेबल किए · %5</translation>
    </message>
    <message>
        <source>Hidden while labelling blind: it shows the model&apos;s judgement</source>
        <translation>अंध लेबलिंग के दौरान छिपा: यह मॉडल का निर्णय दिखाता है</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>डुप्लिकेट</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>डुप्लिकेट (&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>MemeScope &amp;User Guide</source>
        <translation>MemeScope &amp;उपयोगकर्ता गाइड</translation>
    </message>
    <message>
        <source>User guide not found</source>
        <translation>उपयोगकर्ता गाइड नहीं मिली</translation>
    </message>
    <message>
        <source>The user guide is not installed. Looked for:
%1</source>
        <translation>उपयोगकर्ता गाइड इंस्टॉल नहीं है। यहाँ खोजा गया:
%1</translation>
    </message>
    <message>
        <source>Preparing the project in the background: OCR, then a first model. The memes can be browsed and labelled meanwhile.</source>
        <translation>प्रोजेक्ट पृष्ठभूमि में तैयार हो रहा है: OCR, फिर पहला मॉडल। इस बीच मीम्स ब्राउज़ और लेबल किए जा सकते हैं।</translation>
    </message>
</context>
<context>
    <name>memescope::MemeCanvas</name>
    <message>
        <source>“%1” — confidence %2</source>
        <translation>“%1” — विश्वास %2</translation>
    </message>
</context>
<context>
    <name>memescope::MemeFocusView</name>
    <message>
        <source>&lt;b&gt;Model&lt;/b&gt;</source>
        <translation>&lt;b&gt;मॉडल&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Text&lt;/b&gt;</source>
        <translation>&lt;b&gt;पाठ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Words the model reads&lt;/b&gt; (coloured by the chosen method; with raw attention, click one or drag over the image)</source>
        <translation>&lt;b&gt;मॉडल द्वारा पढ़े गए शब्द&lt;/b&gt; (चुनी गई विधि के अनुसार रंगे; कच्चे अटेंशन में एक पर क्लिक करें या चित्र पर खींचें)</translation>
    </message>
</context>
<context>
    <name>memescope::MemoryAdvice</name>
    <message numerus="yes">
        <source>measured on %n earlier run(s) of this network</source>
        <translation>
            <numerusform>इस नेटवर्क के %n पिछले रन पर मापा गया</numerusform>
            <numerusform>इस नेटवर्क के %n पिछले रनों पर मापा गया</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 GB</source>
        <translation>अधिकतम %1 GB</translation>
    </message>
    <message>
        <source>about %1 GB</source>
        <translation>लगभग %1 GB</translation>
    </message>
    <message>
        <source>Memory: %1 at its peak (%2), of this computer&apos;s %3 GB.</source>
        <translation>मेमोरी: चरम पर %1 (%2), इस कंप्यूटर के %3 GB में से।</translation>
    </message>
    <message>
        <source>This run will need %1 of memory at its peak (%2), more than this computer&apos;s %3 GB can give it: lower the batch size, freeze encoder layers or recompute activations in backward.</source>
        <translation>इस रन को चरम पर %1 मेमोरी चाहिए होगी (%2), जो इस कंप्यूटर के %3 GB से अधिक है: बैच आकार घटाएँ, एन्कोडर परतें जमाएँ या बैकवर्ड में सक्रियण दोबारा गणना करें।</translation>
    </message>
</context>
<context>
    <name>memescope::ModelWords</name>
    <message>
        <source>word-patch attention</source>
        <translation>शब्द-patch attention</translation>
    </message>
    <message>
        <source>summary-token attention</source>
        <translation>सारांश-token attention</translation>
    </message>
    <message>
        <source>concatenation</source>
        <translation>जोड़ना</translation>
    </message>
    <message>
        <source>trained from scratch</source>
        <translation>शुरू से प्रशिक्षित</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>TF-IDF + logistic regression</source>
        <translation>TF-IDF + logistic regression</translation>
    </message>
    <message>
        <source>reference design</source>
        <translation>संदर्भ डिज़ाइन</translation>
    </message>
    <message>
        <source>small</source>
        <translation>छोटा</translation>
    </message>
    <message>
        <source>image only</source>
        <translation>केवल चित्र</translation>
    </message>
    <message>
        <source>RoBERTa</source>
        <translation>RoBERTa</translation>
    </message>
    <message>
        <source>word n-grams</source>
        <translation>शब्द n-grams</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>CLIP</translation>
    </message>
    <message>
        <source>text only</source>
        <translation>केवल पाठ</translation>
    </message>
    <message>
        <source>OCR text</source>
        <translation>OCR पाठ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>the dataset&apos;s text</source>
        <translation>डेटासेट का पाठ</translation>
    </message>
    <message>
        <source>Tesseract&apos;s OCR text</source>
        <translation>Tesseract का OCR पाठ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Text read</source>
        <translation>पढ़ा गया पाठ</translation>
    </message>
    <message>
        <source>, with the figurative reasoning</source>
        <translation>, आलंकारिक तर्क के साथ</translation>
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
        <translation>RoBERTa, %1 परतें, %2</translation>
    </message>
    <message>
        <source>word and character n-grams (%1 dimensions)</source>
        <translation>शब्द और अक्षर n-grams (%1 आयाम)</translation>
    </message>
    <message>
        <source>Image encoder</source>
        <translation>Image encoder</translation>
    </message>
    <message>
        <source>CLIP vision transformer, %1 layers, %2 px, %3</source>
        <translation>CLIP vision transformer, %1 परतें, %2 px, %3</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>%1, %2 layers of %3 dimensions</source>
        <translation>%1, %3 आयामों की %2 परतें</translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation>Mixture of experts</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>%1 experts, all mixed</source>
        <translation>%1 विशेषज्ञ, सभी मिश्रित</translation>
    </message>
    <message>
        <source>%1 experts, the best %2 per meme</source>
        <translation>%1 विशेषज्ञ, प्रति मीम सर्वश्रेष्ठ %2</translation>
    </message>
    <message>
        <source>Contrastive alignment</source>
        <translation>Contrastive संरेखण</translation>
    </message>
    <message>
        <source>on (weight %1, temperature %2)</source>
        <translation>चालू (भार %1, तापमान %2)</translation>
    </message>
    <message>
        <source>TF-IDF blended in</source>
        <translation>TF-IDF मिश्रित</translation>
    </message>
    <message>
        <source>yes, weight chosen on validation</source>
        <translation>हाँ, भार सत्यापन पर चुना गया</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>%1 epochs, batches of %2, learning rate %3, seed %4</source>
        <translation>%1 epoch, %2 के batch, learning rate %3, seed %4</translation>
    </message>
    <message>
        <source>Decision thresholds</source>
        <translation>निर्णय सीमाएँ</translation>
    </message>
    <message>
        <source>tuned per label on validation</source>
        <translation>सत्यापन पर प्रति लेबल समायोजित</translation>
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
        <translation>रिपोर्ट तैयार हो रही है</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>%1 लिखा जा रहा है</translation>
    </message>
    <message>
        <source>%1, seed %2: %3</source>
        <translation>%1, सीड %2: %3</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>युग %1 / %2</translation>
    </message>
    <message>
        <source>scoring every meme</source>
        <translation>हर मीम का मूल्यांकन</translation>
    </message>
    <message>
        <source>reading text (OCR)</source>
        <translation>पाठ पढ़ा जा रहा है (OCR)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>rendering memes</source>
        <translation>मीम बनाए जा रहे हैं</translation>
    </message>
    <message>
        <source>hashing images for duplicates</source>
        <translation>डुप्लिकेट के लिए छवियों का हैश बनाया जा रहा है</translation>
    </message>
    <message>
        <source>finding duplicates</source>
        <translation>डुप्लिकेट खोजे जा रहे हैं</translation>
    </message>
    <message>
        <source>updating leak-free figures</source>
        <translation>लीक-रहित आंकड़े अपडेट हो रहे हैं</translation>
    </message>
    <message>
        <source>computing frozen encoder features</source>
        <translation>स्थिर एन्कोडर की विशेषताओं की गणना</translation>
    </message>
</context>
<context>
    <name>memescope::ProjectSession</name>
    <message>
        <source>Run “%1” loaded (%2)</source>
        <translation>रन “%1” लोड हुआ (%2)</translation>
    </message>
    <message>
        <source>Run “%1”: its model could not be loaded (%2); stored predictions only</source>
        <translation>रन “%1”: इसका मॉडल लोड नहीं हो सका (%2); केवल सहेजी गई भविष्यवाणियाँ</translation>
    </message>
</context>
<context>
    <name>memescope::ProjectTasks</name>
    <message>
        <source>Import %1</source>
        <translation>आयात %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n meme(s) from %1</source>
        <translation>
            <numerusform>%1 से %n मीम आयात किया</numerusform>
            <numerusform>%1 से %n मीम आयात किए</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>OCR %1: %2 images read, %3 unreadable, %4 s</source>
        <translation>OCR %1: %2 छवियाँ पढ़ी गईं, %3 अपठनीय, %4 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>रिपोर्ट %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n section(s))</source>
        <translation>
            <numerusform>%1 लिखा (%n खंड)</numerusform>
            <numerusform>%1 लिखा (%n खंड)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>छवियाँ जोड़ें</translation>
    </message>
    <message numerus="yes">
        <source>%n meme(s) added</source>
        <translation>
            <numerusform>%n मीम जोड़ा गया</numerusform>
            <numerusform>%n मीम जोड़े गए</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>छोड़ी गईं: %1</translation>
    </message>
    <message>
        <source>Label suggestions</source>
        <translation>लेबल सुझाव</translation>
    </message>
    <message>
        <source>predicting</source>
        <translation>भविष्यवाणी हो रही है</translation>
    </message>
    <message numerus="yes">
        <source>The model suggested labels for %n new meme(s): press A to accept one</source>
        <translation>
            <numerusform>मॉडल ने %n नए मीम के लिए लेबल सुझाए: स्वीकार करने के लिए A दबाएँ</numerusform>
            <numerusform>मॉडल ने %n नए मीमों के लिए लेबल सुझाए: स्वीकार करने के लिए A दबाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>डुप्लिकेट खोजें</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s)</source>
        <translation>
            <numerusform>%n डुप्लिकेट समूह</numerusform>
            <numerusform>%n डुप्लिकेट समूह</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test meme(s) repeat training or validation memes</source>
        <translation>
            <numerusform>%n टेस्ट मीम प्रशिक्षण या वैलिडेशन मीम को दोहराता है</numerusform>
            <numerusform>%n टेस्ट मीम प्रशिक्षण या वैलिडेशन मीम को दोहराते हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) without a hash compared by their text only</source>
        <translation>
            <numerusform>बिना हैश वाली %n छवि की तुलना केवल उसके पाठ से की गई</numerusform>
            <numerusform>बिना हैश वाली %n छवियों की तुलना केवल उनके पाठ से की गई</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leak-free figures of %n run(s) updated to these settings</source>
        <translation>
            <numerusform>%n रन के लीक-रहित आंकड़े इन सेटिंग्स पर अपडेट हुए</numerusform>
            <numerusform>%n रन के लीक-रहित आंकड़े इन सेटिंग्स पर अपडेट हुए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>memescope::RunSelector</name>
    <message>
        <source>(no run — labels only)</source>
        <translation>(कोई रन नहीं — केवल लेबल)</translation>
    </message>
    <message>
        <source>%1 — test macro-F1 %2</source>
        <translation>%1 — परीक्षण मैक्रो-F1 %2</translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (चयनित)</translation>
    </message>
</context>
<context>
    <name>memescope::SampleTableModel</name>
    <message>
        <source>(unlabelled)</source>
        <translation>(बिना लेबल)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>नमूना</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>विभाजन</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>पूर्वानुमान</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>छवि</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>टेक्स्ट</translation>
    </message>
</context>
<context>
    <name>memescope::Split</name>
    <message>
        <source>training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>वैलिडेशन</translation>
    </message>
    <message>
        <source>test</source>
        <translation>टेस्ट</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>अनिर्दिष्ट</translation>
    </message>
</context>
<context>
    <name>memescope::ThumbnailProvider</name>
    <message>
        <source>no image</source>
        <translation>कोई छवि नहीं</translation>
    </message>
</context>
<context>
    <name>memescope::TrainingDialog</name>
    <message>
        <source>Train a Model</source>
        <translation>मॉडल प्रशिक्षित करें</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>(the run folder&apos;s name)</source>
        <translation>(रन फ़ोल्डर का नाम)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>रन फ़ोल्डर</translation>
    </message>
    <message>
        <source>tiny: small, random init, trains in minutes on a CPU; seed: the reference design (RoBERTa-base + CLIP ViT-B/32)</source>
        <translation>tiny: छोटा, यादृच्छिक आरंभ, CPU पर मिनटों में प्रशिक्षित; seed: संदर्भ डिज़ाइन (RoBERTa-base + CLIP ViT-B/32)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>प्रीसेट</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>none: random init (tokenizer learned from the project)</source>
        <translation>कोई नहीं: यादृच्छिक आरंभ (टोकनाइज़र प्रोजेक्ट से सीखा गया)</translation>
    </message>
    <message>
        <source>RoBERTa checkpoint</source>
        <translation>RoBERTa चेकपॉइंट</translation>
    </message>
    <message>
        <source>Hugging Face RoBERTa folder</source>
        <translation>Hugging Face RoBERTa फ़ोल्डर</translation>
    </message>
    <message>
        <source>none: random init</source>
        <translation>कोई नहीं: यादृच्छिक आरंभ</translation>
    </message>
    <message>
        <source>CLIP checkpoint</source>
        <translation>CLIP चेकपॉइंट</translation>
    </message>
    <message>
        <source>Hugging Face CLIP folder</source>
        <translation>Hugging Face CLIP फ़ोल्डर</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>एपॉक</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>बैच आकार</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>लर्निंग रेट</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>वेट डिके</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>सीड</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Early stopping patience</source>
        <translation>अर्ली स्टॉपिंग धैर्य</translation>
    </message>
    <message>
        <source>Tune per-label thresholds on validation (multi-label)</source>
        <translation>वैलिडेशन पर प्रति-लेबल सीमाएँ समायोजित करें (मल्टी-लेबल)</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>मॉड्यूल</translation>
    </message>
    <message>
        <source>Text encoder</source>
        <translation>टेक्स्ट एनकोडर</translation>
    </message>
    <message>
        <source>Image encoder</source>
        <translation>छवि एनकोडर</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>फ़्यूज़न</translation>
    </message>
    <message>
        <source>Mixture of experts</source>
        <translation>मिक्सचर ऑफ़ एक्सपर्ट्स</translation>
    </message>
    <message>
        <source>Contrastive</source>
        <translation>कॉन्ट्रास्टिव</translation>
    </message>
    <message>
        <source>Classifier head</source>
        <translation>क्लासिफ़ायर हेड</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>हेड</translation>
    </message>
    <message>
        <source>The text the model reads: the dataset&apos;s, Tesseract&apos;s, or none</source>
        <translation>मॉडल जो टेक्स्ट पढ़ता है: डेटासेट का, Tesseract का, या कोई नहीं</translation>
    </message>
    <message>
        <source>Text source</source>
        <translation>टेक्स्ट स्रोत</translation>
    </message>
    <message>
        <source>Append figurative reasoning</source>
        <translation>आलंकारिक तर्क जोड़ें</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>प्रशिक्षण शुरू करें</translation>
    </message>
    <message>
        <source>A downloaded Hugging Face folder such as mental/mental-roberta-base: config.json, the weights (safetensors, shards or pytorch_model.bin) and vocab.json + merges.txt</source>
        <translation>mental/mental-roberta-base जैसा डाउनलोड किया गया Hugging Face फ़ोल्डर: config.json, वज़न (safetensors, खंड या pytorch_model.bin) और vocab.json + merges.txt</translation>
    </message>
    <message>
        <source>A downloaded Hugging Face CLIP folder such as openai/clip-vit-base-patch32 (CLIPModel or CLIPVisionModel)</source>
        <translation>openai/clip-vit-base-patch32 जैसा डाउनलोड किया गया Hugging Face CLIP फ़ोल्डर (CLIPModel या CLIPVisionModel)</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>फ़ाइन-ट्यूनिंग</translation>
    </message>
    <message>
        <source>same as above</source>
        <translation>ऊपर जैसा</translation>
    </message>
    <message>
        <source>Learning rate of the pretrained encoders (encoder_learning_rate); typically 10x smaller than that of the new layers</source>
        <translation>पूर्व-प्रशिक्षित एन्कोडरों की लर्निंग रेट (encoder_learning_rate); आम तौर पर नई परतों की तुलना में 10 गुना छोटी</translation>
    </message>
    <message>
        <source>Encoder learning rate</source>
        <translation>एन्कोडर लर्निंग रेट</translation>
    </message>
    <message>
        <source>Halve on a plateau</source>
        <translation>पठार पर आधा करें</translation>
    </message>
    <message>
        <source>Linear decay</source>
        <translation>रैखिक क्षय</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>कोसाइन क्षय</translation>
    </message>
    <message>
        <source>Learning-rate schedule (lr_schedule), after the warm-up</source>
        <translation>वार्म-अप के बाद लर्निंग रेट का क्रम (lr_schedule)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source> % of steps</source>
        <translation> % चरण</translation>
    </message>
    <message>
        <source>Linear warm-up (warmup_ratio)</source>
        <translation>रैखिक वार्म-अप (warmup_ratio)</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>वार्म-अप</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Freeze the embeddings and the first N layers of the text encoder (freeze_text_layers)</source>
        <translation>टेक्स्ट एन्कोडर की एम्बेडिंग और पहली N परतें स्थिर रखें (freeze_text_layers)</translation>
    </message>
    <message>
        <source>Frozen text layers</source>
        <translation>स्थिर टेक्स्ट परतें</translation>
    </message>
    <message>
        <source>Freeze the embeddings and the first N layers of the image encoder (freeze_image_layers)</source>
        <translation>छवि एन्कोडर की एम्बेडिंग और पहली N परतें स्थिर रखें (freeze_image_layers)</translation>
    </message>
    <message>
        <source>Frozen image layers</source>
        <translation>स्थिर छवि परतें</translation>
    </message>
    <message>
        <source>Batches whose gradients add up to one step (grad_accumulation): a larger effective batch in the same memory</source>
        <translation>बैच जिनके ग्रेडिएंट जुड़कर एक चरण बनाते हैं (grad_accumulation): उसी मेमोरी में बड़ा प्रभावी बैच</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>ग्रेडिएंट संचय</translation>
    </message>
    <message>
        <source>bfloat16 mixed precision (GPU)</source>
        <translation>bfloat16 मिश्रित परिशुद्धता (GPU)</translation>
    </message>
    <message>
        <source>precision: bf16 — autocast on CUDA; the CPU trains in float32</source>
        <translation>precision: bf16 — CUDA पर ऑटोकास्ट; CPU float32 में प्रशिक्षण करता है</translation>
    </message>
    <message>
        <source>TF32 matrix products (GPU)</source>
        <translation>TF32 मैट्रिक्स गुणन (GPU)</translation>
    </message>
    <message>
        <source>tf32 — Ampere and later GPUs</source>
        <translation>tf32 — Ampere और बाद के GPU</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Weight each label&apos;s positives by its rarity (multi-label)</source>
        <translation>हर लेबल के सकारात्मक उदाहरणों को उसकी दुर्लभता के अनुसार भार दें (मल्टी-लेबल)</translation>
    </message>
    <message>
        <source>Rare labels count as much as frequent ones in the loss, so the model does not learn to predict no label (pos_weight: balanced)</source>
        <translation>लॉस में दुर्लभ लेबल भी सामान्य लेबलों जितने गिने जाते हैं, ताकि मॉडल कोई लेबल न बताना न सीखे (pos_weight: balanced)</translation>
    </message>
    <message>
        <source>Blend in the TF-IDF baseline (wide-and-deep)</source>
        <translation>TF-IDF बेसलाइन मिलाएँ (वाइड-एंड-डीप)</translation>
    </message>
    <message>
        <source>Fits the TF-IDF + logistic regression baseline on the same training memes and mixes its probabilities with the network&apos;s, at the weight that scores best on validation (0 = the network alone). Heatmaps still show the network&apos;s attention (wide: tfidf)</source>
        <translation>उन्हीं प्रशिक्षण मीम्स पर TF-IDF + लॉजिस्टिक रिग्रेशन बेसलाइन सिखाता है और उसकी संभावनाओं को नेटवर्क की संभावनाओं के साथ उस भार पर मिलाता है जो वैलिडेशन पर सबसे अच्छा रहता है (0 = केवल नेटवर्क)। हीटमैप अब भी नेटवर्क का ध्यान दिखाते हैं (wide: tfidf)</translation>
    </message>
    <message>
        <source>Small (trains on a CPU)</source>
        <translation>छोटा (CPU पर प्रशिक्षित)</translation>
    </message>
    <message>
        <source>Reference design (RoBERTa + CLIP)</source>
        <translation>संदर्भ डिज़ाइन (RoBERTa + CLIP)</translation>
    </message>
    <message>
        <source>Multimodal network</source>
        <translation>मल्टीमोडल नेटवर्क</translation>
    </message>
    <message>
        <source>TF-IDF + logistic regression</source>
        <translation>TF-IDF + लॉजिस्टिक रिग्रेशन</translation>
    </message>
    <message>
        <source>The TF-IDF + logistic regression baseline reads the text only and fits in seconds</source>
        <translation>TF-IDF + लॉजिस्टिक रिग्रेशन बेसलाइन केवल पाठ पढ़ती है और सेकंडों में फ़िट होती है</translation>
    </message>
    <message>
        <source>RoBERTa (transformer)</source>
        <translation>RoBERTa (ट्रांसफ़ॉर्मर)</translation>
    </message>
    <message>
        <source>Word n-grams (fastText-style)</source>
        <translation>शब्द n-ग्राम (fastText जैसा)</translation>
    </message>
    <message>
        <source>None (image only)</source>
        <translation>कोई नहीं (केवल छवि)</translation>
    </message>
    <message>
        <source>How the model reads the caption</source>
        <translation>मॉडल कैप्शन कैसे पढ़ता है</translation>
    </message>
    <message>
        <source>CLIP vision transformer</source>
        <translation>CLIP विज़न ट्रांसफ़ॉर्मर</translation>
    </message>
    <message>
        <source>None (text only)</source>
        <translation>कोई नहीं (केवल पाठ)</translation>
    </message>
    <message>
        <source>How the model sees the image</source>
        <translation>मॉडल छवि कैसे देखता है</translation>
    </message>
    <message>
        <source>Words ↔ image patches (heatmaps)</source>
        <translation>शब्द ↔ छवि पैच (हीटमैप)</translation>
    </message>
    <message>
        <source>Summary tokens (reference)</source>
        <translation>सारांश टोकन (संदर्भ)</translation>
    </message>
    <message>
        <source>Concatenation (no cross-attention)</source>
        <translation>संयोजन (क्रॉस-अटेंशन नहीं)</translation>
    </message>
    <message>
        <source>How text and image meet; only word-to-patch attention draws heatmaps</source>
        <translation>पाठ और छवि कैसे मिलते हैं; केवल शब्द-से-पैच अटेंशन हीटमैप बनाता है</translation>
    </message>
    <message>
        <source>Top-k experts</source>
        <translation>टॉप-k विशेषज्ञ</translation>
    </message>
    <message>
        <source>All experts (reference)</source>
        <translation>सभी विशेषज्ञ (संदर्भ)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Mixture of experts after the fusion</source>
        <translation>फ़्यूज़न के बाद विशेषज्ञों का मिश्रण</translation>
    </message>
    <message>
        <source>Masked (same-label pairs ignored)</source>
        <translation>मास्क्ड (समान-लेबल जोड़े अनदेखे)</translation>
    </message>
    <message>
        <source>Reference (CLIP-style)</source>
        <translation>संदर्भ (CLIP जैसा)</translation>
    </message>
    <message>
        <source>Contrastive alignment of text and image embeddings</source>
        <translation>पाठ और छवि एम्बेडिंग का कॉन्ट्रास्टिव संरेखण</translation>
    </message>
    <message>
        <source>Two-layer perceptron</source>
        <translation>दो-परत परसेप्ट्रॉन</translation>
    </message>
    <message>
        <source>Transformer layer</source>
        <translation>ट्रांसफ़ॉर्मर परत</translation>
    </message>
    <message>
        <source>The dataset&apos;s text</source>
        <translation>डेटासेट का पाठ</translation>
    </message>
    <message>
        <source>Tesseract OCR</source>
        <translation>Tesseract OCR</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>प्रोसेस</translation>
    </message>
    <message>
        <source>The TF-IDF baseline fits in one process</source>
        <translation>TF-IDF बेसलाइन एक प्रोसेस में फ़िट होती है</translation>
    </message>
    <message>
        <source>Data-parallel training: every process holds the model and trains on its share of each batch; their gradients are averaged every step</source>
        <translation>डेटा-पैरेलल प्रशिक्षण: हर प्रोसेस के पास मॉडल होता है और वह हर बैच के अपने हिस्से पर प्रशिक्षित होता है; हर चरण में उनके ग्रेडिएंट का औसत लिया जाता है</translation>
    </message>
    <message>
        <source>The TF-IDF baseline fits in one process.</source>
        <translation>TF-IDF बेसलाइन एक प्रोसेस में फ़िट होती है।</translation>
    </message>
    <message>
        <source>one per GPU: %1</source>
        <translation>हर GPU पर एक: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>on this computer&apos;s CPU, %n thread(s) each</source>
        <translation>
            <numerusform>इस कंप्यूटर के CPU पर, हर एक में %n थ्रेड</numerusform>
            <numerusform>इस कंप्यूटर के CPU पर, हर एक में %n थ्रेड</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 processes %2. Each takes %3 memes of every step, so a step learns from %4 memes (batch size × processes).</source>
        <translation>%1 प्रोसेस %2। हर एक हर चरण के %3 मीम लेता है, इसलिए एक चरण %4 मीम से सीखता है (बैच आकार × प्रोसेस)।</translation>
    </message>
    <message>
        <source>Recompute encoder activations in backward (less memory)</source>
        <translation>बैकवर्ड में एन्कोडर सक्रियण दोबारा गणना करें (कम मेमोरी)</translation>
    </message>
    <message>
        <source>activation_checkpointing — fine-tuning an encoder keeps every layer&apos;s activations for the backward pass; this keeps only each layer&apos;s input and runs the layer again in backward. Measured on the reference model on a CPU: at 512 tokens × 16, 15.5 GB → 4.6 GB of memory; each step takes 2–20 % longer. Same gradients. Frozen layers are not affected.</source>
        <translation>activation_checkpointing — एन्कोडर को फ़ाइन-ट्यून करते समय हर परत के सक्रियण बैकवर्ड पास के लिए रखे जाते हैं; इससे केवल हर परत का इनपुट रखा जाता है और बैकवर्ड में परत दोबारा चलाई जाती है। संदर्भ मॉडल पर CPU में मापा गया: 512 टोकन × 16 पर मेमोरी 15.5 GB से 4.6 GB; हर चरण 2–20 % अधिक समय लेता है। वही ग्रेडिएंट। जमी हुई परतों पर असर नहीं।</translation>
    </message>
    <message>
        <source>Train the fusion and heads only (encoders frozen; features cached)</source>
        <translation>केवल फ़्यूज़न और हेड प्रशिक्षित करें (एन्कोडर स्थिर; विशेषताएँ कैश में)</translation>
    </message>
    <message>
        <source>Freezes both encoders whole (a linear-probe style study of the fusion, the experts, the contrastive loss and the head). What the frozen encoders make of each meme is computed once, kept in a folder beside the project and read by every later epoch, run and ablation variant with the same encoders, so an epoch costs only the trainable part.</source>
        <translation>दोनों एन्कोडर को पूरी तरह स्थिर करता है (फ़्यूज़न, विशेषज्ञों, कॉन्ट्रास्टिव लॉस और हेड का लीनियर-प्रोब शैली अध्ययन)। स्थिर एन्कोडर हर मीम से जो बनाते हैं वह एक बार गणना होता है, प्रोजेक्ट के पास एक फ़ोल्डर में रखा जाता है और समान एन्कोडर वाले हर अगले युग, रन और एब्लेशन संस्करण द्वारा पढ़ा जाता है, इसलिए एक युग में केवल प्रशिक्षण योग्य भाग का खर्च आता है।</translation>
    </message>
    <message>
        <source>Delete cached features</source>
        <translation>कैश की गई विशेषताएँ हटाएँ</translation>
    </message>
    <message>
        <source>Frees the disk space; runs with frozen encoders compute the features again when they need them.</source>
        <translation>डिस्क स्थान खाली करता है; स्थिर एन्कोडर वाले रन ज़रूरत पड़ने पर विशेषताओं की फिर से गणना करते हैं।</translation>
    </message>
    <message>
        <source>Feature cache</source>
        <translation>विशेषता कैश</translation>
    </message>
    <message>
        <source>Delete cached features (%1 MB)</source>
        <translation>कैश की गई विशेषताएँ हटाएँ (%1 MB)</translation>
    </message>
</context>
<context>
    <name>memescope::TrainingDock</name>
    <message>
        <source>New Training…</source>
        <translation>नया प्रशिक्षण…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Export Plot…</source>
        <translation>प्लॉट निर्यात करें…</translation>
    </message>
    <message>
        <source>Continue the last cancelled or failed run from its last finished epoch</source>
        <translation>अंतिम रद्द या विफल रन को उसके अंतिम पूरे एपॉक से जारी रखें</translation>
    </message>
    <message>
        <source>No training running.</source>
        <translation>कोई प्रशिक्षण नहीं चल रहा।</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>एपॉक</translation>
    </message>
    <message>
        <source>validation F1</source>
        <translation>वैलिडेशन F1</translation>
    </message>
    <message>
        <source>val macro-F1</source>
        <translation>वैलिडेशन मैक्रो-F1</translation>
    </message>
    <message>
        <source>val weighted-F1</source>
        <translation>वैलिडेशन भारित-F1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>कॉन्फ़िग</translation>
    </message>
    <message>
        <source>Compare Selected Runs</source>
        <translation>चयनित रनों की तुलना करें</translation>
    </message>
    <message>
        <source>Cancelling (takes effect before the next batch)…</source>
        <translation>रद्द किया जा रहा है (अगले बैच से पहले लागू होगा)…</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>प्लॉट निर्यात करें</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg)</source>
        <translation>PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Curves of run %1 (loss: mean per epoch)</source>
        <translation>रन %1 के वक्र (लॉस: प्रति एपॉक माध्य)</translation>
    </message>
    <message>
        <source>Scoring every meme with the best epoch…</source>
        <translation>सर्वश्रेष्ठ एपॉक से हर मीम का स्कोर निकाला जा रहा है…</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · loss %5 · lr %6 · %7 memes/s · ETA %8 · data wait %9 %</source>
        <translation>एपॉक %1/%2 · बैच %3/%4 · लॉस %5 · lr %6 · %7 मीम/s · शेष समय %8 · डेटा प्रतीक्षा %9 %</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>प्रशिक्षण विफल: %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>प्रशिक्षण विफल</translation>
    </message>
    <message>
        <source>Cancelled. Finished epochs are kept: Resume continues from the last one.</source>
        <translation>रद्द किया गया। पूरे हुए एपॉक रखे गए हैं: &quot;फिर से शुरू करें&quot; अंतिम एपॉक से जारी रखता है।</translation>
    </message>
    <message>
        <source>Finished in %1 s on %2: best epoch %3 · val macro-F1 %4 · test macro-F1 %5, weighted-F1 %6</source>
        <translation>%2 पर %1 s में पूर्ण: सर्वश्रेष्ठ एपॉक %3 · वैलिडेशन मैक्रो-F1 %4 · टेस्ट मैक्रो-F1 %5, भारित-F1 %6</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>MemeScope training curves</source>
        <translation>MemeScope प्रशिक्षण वक्र</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>रनों की तुलना करें</translation>
    </message>
    <message>
        <source>best epoch</source>
        <translation>सर्वश्रेष्ठ एपॉक</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>सेकंड</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>प्रशिक्षण %1</translation>
    </message>
    <message>
        <source>Training cancelled; Resume continues it</source>
        <translation>प्रशिक्षण रद्द; Resume इसे जारी रखता है</translation>
    </message>
    <message>
        <source>Training finished: test macro-F1 %1</source>
        <translation>प्रशिक्षण पूर्ण: परीक्षण मैक्रो-F1 %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>शुरू नहीं हुआ</translation>
    </message>
    <message>
        <source>running or interrupted</source>
        <translation>चल रहा है या बाधित</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>cancelled (resumable)</source>
        <translation>रद्द (फिर से शुरू योग्य)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>validation macro-F1</source>
        <translation>सत्यापन मैक्रो-F1</translation>
    </message>
    <message>
        <source>validation weighted-F1</source>
        <translation>सत्यापन भारित-F1</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>सत्यापन सटीकता</translation>
    </message>
    <message>
        <source>(settings unreadable)</source>
        <translation>(सेटिंग्स पढ़ी नहीं जा सकतीं)</translation>
    </message>
    <message>
        <source>The settings of one run cannot be read; they are not compared.</source>
        <translation>एक रन की सेटिंग्स पढ़ी नहीं जा सकतीं; उनकी तुलना नहीं की गई।</translation>
    </message>
    <message numerus="yes">
        <source>%n other setting(s) are the same in both runs.</source>
        <translation>
            <numerusform>%n अन्य सेटिंग दोनों रन में समान है।</numerusform>
            <numerusform>%n अन्य सेटिंग्स दोनों रन में समान हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>training loss (per batch)</source>
        <translation>प्रशिक्षण हानि (प्रति बैच)</translation>
    </message>
    <message>
        <source>training loss (mean per epoch)</source>
        <translation>प्रशिक्षण हानि (प्रति युग औसत)</translation>
    </message>
    <message numerus="yes">
        <source>Training %1 (%n processes)</source>
        <translation>
            <numerusform>प्रशिक्षण %1 (%n प्रोसेस)</numerusform>
            <numerusform>प्रशिक्षण %1 (%n प्रोसेस)</numerusform>
        </translation>
    </message>
    <message>
        <source>Test macro-F1 on the test memes that repeat no training or validation meme (see Duplicates)</source>
        <translation>उन टेस्ट मीम पर टेस्ट मैक्रो-F1 जो किसी प्रशिक्षण या वैलिडेशन मीम को नहीं दोहराते (डुप्लिकेट देखें)</translation>
    </message>
    <message>
        <source>95 % interval: percentile bootstrap over the %1 test memes (%2 resamples, seed %3)</source>
        <translation>95 % विश्वास अंतराल: %1 टेस्ट मीम पर percentile bootstrap (%2 पुनर्नमूने, सीड %3)</translation>
    </message>
    <message>
        <source>No interval: %1</source>
        <translation>कोई विश्वास अंतराल नहीं: %1</translation>
    </message>
    <message>
        <source>Scored before leaks were checked: evaluate the run again to see its leak-free figures</source>
        <translation>लीक की जाँच से पहले स्कोर किया गया: इसके लीक-मुक्त आंकड़े देखने के लिए रन का फिर से मूल्यांकन करें</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>सटीकता</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation>मैक्रो-F1</translation>
    </message>
    <message>
        <source>weighted-F1</source>
        <translation>भारित-F1</translation>
    </message>
    <message>
        <source>micro-F1</source>
        <translation>माइक्रो-F1</translation>
    </message>
    <message>
        <source>%1 (A) against %2 (B) on the same %3 test memes; they predict %4 of them differently.</source>
        <translation>समान %3 टेस्ट मीम पर %1 (A) बनाम %2 (B); इनमें से %4 पर दोनों की भविष्यवाणी अलग है।</translation>
    </message>
    <message>
        <source>test metric</source>
        <translation>टेस्ट मीट्रिक</translation>
    </message>
    <message>
        <source>95 % interval of B − A</source>
        <translation>B − A का 95 % विश्वास अंतराल</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 से %2</translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation>नहीं दिखाया गया: %1</translation>
    </message>
    <message>
        <source>%1: B − A = %2, p = %3: the difference is distinguishable from noise at %4.</source>
        <translation>%1: B − A = %2, p = %3: %4 पर अंतर शोर से अलग पहचाना जा सकता है।</translation>
    </message>
    <message>
        <source>%1: B − A = %2, p = %3: the difference is not distinguishable from noise at %4; on these memes the two runs may be equally good.</source>
        <translation>%1: B − A = %2, p = %3: %4 पर अंतर शोर से अलग नहीं पहचाना जा सकता; इन मीम पर दोनों रन समान रूप से अच्छे हो सकते हैं।</translation>
    </message>
    <message>
        <source>p: two-sided paired approximate randomisation test (%1 shuffles); interval: paired percentile bootstrap of B − A over the memes (%2 resamples, seed %3).</source>
        <translation>p: दो-तरफ़ा युग्मित approximate randomisation परीक्षण (%1 फेरबदल); विश्वास अंतराल: मीम पर B − A का युग्मित percentile bootstrap (%2 पुनर्नमूने, सीड %3)।</translation>
    </message>
    <message>
        <source>Select two runs in the table.</source>
        <translation>तालिका में दो रन चुनें।</translation>
    </message>
    <message>
        <source>Also selected, not compared (two runs are compared at a time): %1</source>
        <translation>ये भी चुने गए, पर इनकी तुलना नहीं हुई (एक बार में दो रन की तुलना होती है): %1</translation>
    </message>
    <message>
        <source>Test split: more than noise?</source>
        <translation>टेस्ट विभाजन: क्या अंतर शोर से अधिक है?</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>गणना हो रही है…</translation>
    </message>
    <message>
        <source>Not compared:</source>
        <translation>तुलना नहीं हुई:</translation>
    </message>
    <message>
        <source>%1 (%2 out)</source>
        <translation>%1 (%2 बाहर)</translation>
    </message>
    <message>
        <source>The final model&apos;s validation macro-F1 (after the tuned thresholds and the TF-IDF blend, which validation chose: optimistic). The curve shows the network alone per epoch; a cell&apos;s tooltip has both.</source>
        <translation>अंतिम मॉडल का सत्यापन मैक्रो-F1 (ट्यून की गई सीमाओं और TF-IDF मिश्रण के बाद, जिन्हें सत्यापन ने चुना: आशावादी)। वक्र हर युग में केवल नेटवर्क दिखाता है; सेल के टूलटिप में दोनों हैं।</translation>
    </message>
    <message>
        <source>The final model on validation: %1</source>
        <translation>सत्यापन पर अंतिम मॉडल: %1</translation>
    </message>
    <message>
        <source>the epoch</source>
        <translation>युग</translation>
    </message>
    <message>
        <source>the thresholds</source>
        <translation>सीमाएँ</translation>
    </message>
    <message>
        <source>the TF-IDF blend weight (%1)</source>
        <translation>TF-IDF मिश्रण भार (%1)</translation>
    </message>
    <message>
        <source>Validation chose %1, so this figure is optimistic; the test figures are not.</source>
        <translation>सत्यापन ने %1 चुना, इसलिए यह आँकड़ा आशावादी है; परीक्षण आँकड़े नहीं।</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The network alone at epoch %1 (the curve, thresholds 0.5): %2</source>
        <translation>युग %1 पर केवल नेटवर्क (वक्र, सीमाएँ 0.5): %2</translation>
    </message>
    <message>
        <source>The network alone on test: %1 (the table&apos;s test figure includes the blend)</source>
        <translation>परीक्षण पर केवल नेटवर्क: %1 (तालिका के परीक्षण आँकड़े में मिश्रण शामिल है)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>लॉस</translation>
    </message>
    <message>
        <source>val loss (classification)</source>
        <translation>वैल लॉस (वर्गीकरण)</translation>
    </message>
    <message>
        <source>Filter runs by name, tag or note</source>
        <translation>रनों को नाम, टैग या नोट से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Best
epoch</source>
        <translation>सर्वश्रेष्ठ
इपॉक</translation>
    </message>
    <message>
        <source>Val
macro-F1</source>
        <translation>वैल
मैक्रो-F1</translation>
    </message>
    <message>
        <source>Test
macro-F1</source>
        <translation>टेस्ट
मैक्रो-F1</translation>
    </message>
    <message>
        <source>Leak-free
test macro-F1</source>
        <translation>लीक-रहित
टेस्ट मैक्रो-F1</translation>
    </message>
    <message>
        <source>Test
weighted-F1</source>
        <translation>टेस्ट
भारित-F1</translation>
    </message>
    <message>
        <source>Tags
and note</source>
        <translation>टैग
और नोट</translation>
    </message>
    <message>
        <source>Your tags and note on the run: right-click a run (or double-click here) to edit them</source>
        <translation>रन पर आपके टैग और नोट: संपादित करने के लिए किसी रन पर राइट-क्लिक करें (या यहाँ डबल-क्लिक करें)</translation>
    </message>
    <message>
        <source>Tags and Note…</source>
        <translation>टैग और नोट…</translation>
    </message>
    <message>
        <source>Show Curves</source>
        <translation>कर्व दिखाएँ</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>टैग: %1</translation>
    </message>
    <message>
        <source>Right-click or double-click to edit</source>
        <translation>संपादित करने के लिए राइट-क्लिक या डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>Tags and Note — %1</source>
        <translation>टैग और नोट — %1</translation>
    </message>
    <message>
        <source>e.g. baseline, paper, broken</source>
        <translation>जैसे baseline, paper, broken</translation>
    </message>
    <message>
        <source>What this run tried, what you concluded</source>
        <translation>इस रन ने क्या आज़माया, आपने क्या निष्कर्ष निकाला</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>टैग (कॉमा से अलग)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>training loss, classification part (mean per epoch)</source>
        <translation>ट्रेनिंग लॉस, वर्गीकरण भाग (प्रति इपॉक औसत)</translation>
    </message>
    <message>
        <source>%1: val macro-F1</source>
        <translation>%1: वैल मैक्रो-F1</translation>
    </message>
    <message>
        <source>%1: val loss</source>
        <translation>%1: वैल लॉस</translation>
    </message>
    <message numerus="yes">
        <source>%n runs overlaid: validation macro-F1 (solid, right axis) and validation loss (dashed, left axis) per epoch</source>
        <translation>
            <numerusform>%n रन एक साथ: प्रति इपॉक वैलिडेशन मैक्रो-F1 (ठोस, दायाँ अक्ष) और वैलिडेशन लॉस (डैश, बायाँ अक्ष)</numerusform>
            <numerusform>%n रन एक साथ: प्रति इपॉक वैलिडेशन मैक्रो-F1 (ठोस, दायाँ अक्ष) और वैलिडेशन लॉस (डैश, बायाँ अक्ष)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained in %1 s on %2</source>
        <translation>%2 पर %1 s में प्रशिक्षित</translation>
    </message>
    <message>
        <source>Peak memory of the training process: %1 GB</source>
        <translation>ट्रेनिंग प्रक्रिया की अधिकतम मेमोरी: %1 GB</translation>
    </message>
    <message>
        <source>Tags and Note</source>
        <translation>टैग और नोट</translation>
    </message>
    <message>
        <source>Computing the frozen encoders&apos; features once: meme %1 of %2 (kept in the project&apos;s feature cache for later runs)…</source>
        <translation>स्थिर एन्कोडर की विशेषताओं की एक बार गणना: मीम %2 में से %1 (बाद के रन के लिए प्रोजेक्ट के विशेषता कैश में रखी जाती हैं)…</translation>
    </message>
</context>
<context>
    <name>memescope::Units</name>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 घं.</translation>
    </message>
</context>
<context>
    <name>memescope::UserGuideWindow</name>
    <message>
        <source>MemeScope User Guide</source>
        <translation>MemeScope उपयोगकर्ता गाइड</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>विषय-सूची</translation>
    </message>
</context>
</TS>
