<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AssessmentDocument</name>
    <message>
        <source>Untitled assessment</source>
        <translation>बिना नाम का मूल्यांकन</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>मूल्यांकनकर्ता</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>योजना</translation>
    </message>
</context>
<context>
    <name>AutoSaver</name>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>सहेजा गया %1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Scores per area, bar chart</source>
        <translation>हर क्षेत्र के अंक, बार चार्ट</translation>
    </message>
</context>
<context>
    <name>BrandingDialog</name>
    <message>
        <source>Branding profile</source>
        <translation>ब्रांडिंग प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>सलाहकार फ़र्म</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>सलाहकार</translation>
    </message>
    <message>
        <source>&amp;Consultancy:</source>
        <translation>सलाहकार फ़र्म (&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;onsultant:</source>
        <translation>सलाहकार (&amp;O):</translation>
    </message>
    <message>
        <source>Contact line %1</source>
        <translation>संपर्क पंक्ति %1</translation>
    </message>
    <message>
        <source>Contact %1:</source>
        <translation>संपर्क %1:</translation>
    </message>
    <message>
        <source>Address, phone, e-mail or web</source>
        <translation>पता, फ़ोन, ई-मेल या वेबसाइट</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>लोगो फ़ाइल</translation>
    </message>
    <message>
        <source>No logo (PNG or JPEG)</source>
        <translation>कोई लोगो नहीं (PNG या JPEG)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>चुनें (&amp;C)…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>कोई लोगो नहीं</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>लोगो (&amp;L):</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>मुख्य रंग</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>मुख्य रंग (&amp;A):</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>पेज के नीचे का पाठ</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>पेज के नीचे का पाठ (&amp;F):</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>अस्वीकरण</translation>
    </message>
    <message>
        <source>Leave empty for the standard disclaimer</source>
        <translation>सामान्य अस्वीकरण के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>&amp;Disclaimer:</source>
        <translation>अस्वीकरण (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Use this profile for exported PDFs</source>
        <translation>बनाई गई PDF में यह प्रोफ़ाइल लगाएँ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>नए नाम से सहेजें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cover preview</source>
        <translation>कवर की झलक</translation>
    </message>
    <message>
        <source>The accent colour must be written as #RRGGBB, e.g. #1F5C99.</source>
        <translation>मुख्य रंग #RRGGBB के रूप में लिखें, जैसे #1F5C99।</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 बहुत लंबा है (ज़्यादा से ज़्यादा %2 अक्षर)।</translation>
    </message>
    <message>
        <source>This logo cannot be used: %1</source>
        <translation>यह लोगो इस्तेमाल नहीं हो सकता: %1</translation>
    </message>
    <message>
        <source>This logo cannot be used</source>
        <translation>यह लोगो इस्तेमाल नहीं हो सकता</translation>
    </message>
    <message>
        <source>Cannot open this branding profile</source>
        <translation>यह ब्रांडिंग प्रोफ़ाइल खुल नहीं सकती</translation>
    </message>
    <message>
        <source>Cannot save the branding profile</source>
        <translation>ब्रांडिंग प्रोफ़ाइल सहेजी नहीं जा सकी</translation>
    </message>
</context>
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>फ़ोल्डर चुनें (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>ग्राहक खोजें</translation>
    </message>
    <message>
        <source>Search by company, assessor or organisation</source>
        <translation>कंपनी, मूल्यांकनकर्ता या संस्था के नाम से खोजें</translation>
    </message>
    <message>
        <source>Client / assessment</source>
        <translation>ग्राहक / मूल्यांकन</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>मूल्यांकनकर्ता</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Clients and their assessments</source>
        <translation>ग्राहक और उनके मूल्यांकन</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>नया ग्राहक (&amp;N)…</translation>
    </message>
    <message>
        <source>New follow-&amp;up</source>
        <translation>नया फ़ॉलो-अप (&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected (or latest) assessment with today&apos;s date, and open it</source>
        <translation>चुने हुए (या सबसे नए) मूल्यांकन की आज की तारीख़ से कॉपी बनाएँ, और उसे खोलें</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>अलग रखें (&amp;A)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>क्रम से लगाएँ (&amp;S):</translation>
    </message>
    <message>
        <source>Sort the clients by</source>
        <translation>ग्राहकों को किस क्रम में लगाएँ</translation>
    </message>
    <message>
        <source>Name (A to Z)</source>
        <translation>नाम (वर्णक्रम से)</translation>
    </message>
    <message>
        <source>Name (Z to A)</source>
        <translation>नाम (उल्टे वर्णक्रम से)</translation>
    </message>
    <message>
        <source>Date (newest first)</source>
        <translation>तारीख़ (सबसे नई पहले)</translation>
    </message>
    <message>
        <source>Date (oldest first)</source>
        <translation>तारीख़ (सबसे पुरानी पहले)</translation>
    </message>
    <message>
        <source>Assessor (A to Z)</source>
        <translation>मूल्यांकनकर्ता (वर्णक्रम से)</translation>
    </message>
    <message>
        <source>Assessor (Z to A)</source>
        <translation>मूल्यांकनकर्ता (उल्टे वर्णक्रम से)</translation>
    </message>
    <message>
        <source>Score (highest first)</source>
        <translation>अंक (सबसे ज़्यादा पहले)</translation>
    </message>
    <message>
        <source>Score (lowest first)</source>
        <translation>अंक (सबसे कम पहले)</translation>
    </message>
    <message>
        <source>Stage (highest first)</source>
        <translation>चरण (सबसे आगे वाला पहले)</translation>
    </message>
    <message>
        <source>Stage (lowest first)</source>
        <translation>चरण (सबसे पीछे वाला पहले)</translation>
    </message>
    <message>
        <source>The column headers sort the list too</source>
        <translation>कॉलम के शीर्षक पर क्लिक करके भी सूची का क्रम बदलता है</translation>
    </message>
    <message>
        <source>Choose the folder that holds one sub-folder per client.</source>
        <translation>वह फ़ोल्डर चुनें जिसमें हर ग्राहक का एक उप-फ़ोल्डर है।</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>फ़ोल्डर: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n फ़ाइल पढ़ी नहीं जा सकी</numerusform>
            <numerusform>%n फ़ाइलें पढ़ी नहीं जा सकीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) in %1</source>
        <translation>
            <numerusform>%1 में %n मूल्यांकन</numerusform>
            <numerusform>%1 में %n मूल्यांकन</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>जो फ़ाइलें पढ़ी नहीं जा सकीं</translation>
    </message>
    <message>
        <source>These files were skipped. Fix or move them, then press Refresh.</source>
        <translation>ये फ़ाइलें छोड़ दी गईं। इन्हें ठीक करें या हटाएँ, फिर “ताज़ा करें” दबाएँ।</translation>
    </message>
    <message>
        <source>Folder of client folders</source>
        <translation>ग्राहकों के फ़ोल्डरों वाला फ़ोल्डर</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>नया ग्राहक</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>कंपनी का नाम:</translation>
    </message>
    <message>
        <source>Cannot create the client</source>
        <translation>ग्राहक नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>Cannot start a follow-up</source>
        <translation>फ़ॉलो-अप शुरू नहीं हो सका</translation>
    </message>
    <message>
        <source>The folder “%1” moves into “_archive” in the clients folder. Nothing is deleted; move it back to restore the client.</source>
        <translation>फ़ोल्डर “%1” ग्राहकों के फ़ोल्डर के अंदर “_archive” में चला जाएगा। कुछ भी मिटाया नहीं जाता; ग्राहक को वापस लाने के लिए इसे वापस ले आएँ।</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>%1 को अलग रखें?</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>अलग रखें</translation>
    </message>
    <message>
        <source>Cannot archive the client</source>
        <translation>ग्राहक को अलग नहीं रखा जा सका</translation>
    </message>
</context>
<context>
    <name>CoverPreview</name>
    <message>
        <source>Preview of the report cover</source>
        <translation>रिपोर्ट के कवर की झलक</translation>
    </message>
    <message>
        <source>Export readiness action plan</source>
        <translation>निर्यात तैयारी की कार्य योजना</translation>
    </message>
    <message>
        <source>Your client&apos;s company</source>
        <translation>आपके ग्राहक की कंपनी</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>मूल्यांकन किया</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>तैयार करने वाले</translation>
    </message>
</context>
<context>
    <name>DueDateDelegate</name>
    <message>
        <source>Due date</source>
        <translation>तय तारीख़</translation>
    </message>
</context>
<context>
    <name>ExamplesBox</name>
    <message>
        <source>Open an e&amp;xample</source>
        <translation>कोई उदाहरण खोलें (&amp;X)</translation>
    </message>
    <message>
        <source>A finished assessment to look around in. It opens as an untitled copy.</source>
        <translation>देखने-समझने के लिए एक पूरा मूल्यांकन। यह बिना नाम की कॉपी के रूप में खुलता है।</translation>
    </message>
    <message>
        <source>A copy of the example: to keep your changes, save it under your own name.</source>
        <translation>यह उदाहरण की कॉपी है: अपने बदलाव रखने के लिए इसे अपने नाम से सहेजें।</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>उदाहरण खुल नहीं सकता</translation>
    </message>
</context>
<context>
    <name>FileWrittenBox</name>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Use Show in folder to find it.</source>
        <translation>इस कंप्यूटर पर %1 खोलने वाला कोई प्रोग्राम नहीं है। उसे ढूँढने के लिए “फ़ोल्डर में दिखाएँ” चुनें।</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 खोलें</translation>
    </message>
    <message>
        <source>Show %1 in its folder</source>
        <translation>%1 को उसके फ़ोल्डर में दिखाएँ</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>फ़ोल्डर में दिखाएँ (&amp;F)</translation>
    </message>
    <message>
        <source>The folder could not be shown. %1 is in the folder written above.</source>
        <translation>फ़ोल्डर नहीं दिखाया जा सका। %1 ऊपर लिखे फ़ोल्डर में है।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Profile</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>नतीजे</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>कार्य योजना</translation>
    </message>
    <message>
        <source>Questions answered overall</source>
        <translation>कुल कितने सवालों के उत्तर दिए गए</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>नया (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>नए नाम से सहेजें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Restore Earlier Version…</source>
        <translation>पुराना संस्करण वापस लाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF बनाएँ (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Export Readiness Advisor</source>
        <translation>निर्यात तैयारी सलाहकार के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>हाल की फ़ाइलें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>कोई हाल की फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>सूची खाली करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पहले जैसा करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>दोबारा करें (&amp;R)</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(सिर्फ़ पढ़ने के लिए)</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%2 में से %1 के उत्तर दिए</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 के बारे में</translation>
    </message>
    <message>
        <source>%1 was open when the app stopped; it is open again, nothing was lost.</source>
        <translation>ऐप रुकते समय %1 खुली थी; वह फिर से खुल गई है, कुछ भी नहीं खोया।</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>PDF नहीं बन सकी</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>यह फ़ाइल खुल नहीं सकती</translation>
    </message>
    <message>
        <source>Cannot save the assessment</source>
        <translation>मूल्यांकन सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <source>Close the assessment and show the start page</source>
        <translation>मूल्यांकन बंद करें और शुरुआती पेज दिखाएँ</translation>
    </message>
    <message>
        <source>New follow-up saved as %1 in %2. The earlier assessment, %3, is unchanged.</source>
        <translation>नया फ़ॉलो-अप %2 में %1 नाम से सहेजा गया। पिछला मूल्यांकन, %3, जैसा था वैसा ही है।</translation>
    </message>
    <message>
        <source>PDF exported</source>
        <translation>PDF बन गई</translation>
    </message>
    <message>
        <source>PDF written: %1</source>
        <translation>PDF बन गई: %1</translation>
    </message>
    <message>
        <source>Recovered unsaved work from %1. Save it to keep it in a file.</source>
        <translation>%1 का बिना सहेजा काम वापस मिल गया। इसे फ़ाइल में रखने के लिए सहेजें।</translation>
    </message>
    <message>
        <source>Recovered your changes to %1 from %2. The file itself is unchanged until you save.</source>
        <translation>%1 में आपके %2 तक के बदलाव वापस मिल गए। जब तक आप सहेजते नहीं, फ़ाइल वैसी ही रहेगी।</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>सहेजा गया %1</translation>
    </message>
    <message>
        <source>The action plan was saved as %1.</source>
        <translation>कार्य योजना %1 नाम से सहेजी गई।</translation>
    </message>
    <message>
        <source>The file is not there any more: Save writes it again.</source>
        <translation>फ़ाइल अब वहाँ नहीं है: सहेजने पर वह फिर से बन जाएगी।</translation>
    </message>
    <message>
        <source>The file was changed after that: Save replaces it (the current version is kept as a backup); Save As keeps both.</source>
        <translation>उसके बाद फ़ाइल बदली गई थी: सहेजने पर उसकी जगह यह आ जाएगा (अभी का संस्करण बैकअप के रूप में रखा जाएगा); नए नाम से सहेजने पर दोनों रहेंगे।</translation>
    </message>
    <message>
        <source>Writing the PDF action plan…</source>
        <translation>PDF कार्य योजना बन रही है…</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections</source>
        <translation>भाग</translation>
    </message>
    <message>
        <source>%1, %2 of %3 answered</source>
        <translation>%1, %3 में से %2 के उत्तर दिए</translation>
    </message>
</context>
<context>
    <name>NeedsBox</name>
    <message>
        <source>What you will need</source>
        <translation>आपको क्या चाहिए होगा</translation>
    </message>
    <message>
        <source>Your IEC (Importer Exporter Code)</source>
        <translation>आपका IEC (आयातक-निर्यातक कोड)</translation>
    </message>
    <message>
        <source>The AD code letter from your bank</source>
        <translation>आपके बैंक से मिला AD code का पत्र</translation>
    </message>
    <message>
        <source>The HS codes of your products</source>
        <translation>आपके उत्पादों के HS code</translation>
    </message>
    <message>
        <source>The markets your buyers are in</source>
        <translation>आपके ख़रीदार किन बाज़ारों में हैं</translation>
    </message>
    <message>
        <source>About 20–30 minutes. You can stop at any time and continue later where you left off.</source>
        <translation>लगभग 20–30 मिनट। आप कभी भी रुक सकते हैं और बाद में वहीं से आगे बढ़ सकते हैं जहाँ छोड़ा था।</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Phase</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>काम</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>तय तारीख़</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>When you are ready (%1)</source>
        <translation>जब आप तैयार हों (%1)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Action plan</source>
        <translation>कार्य योजना</translation>
    </message>
    <message>
        <source>What to do, in order: now (0-30 days), next (31-90 days), later (91-180 days). Double-click or press F2 on a cell to give an action an owner, a due date, a status or notes. Your edits are saved with the assessment.</source>
        <translation>क्रम से क्या करना है: अभी (0-30 दिन), अगला (31-90 दिन), बाद में (91-180 दिन)। किसी काम का ज़िम्मेदार, तय तारीख़, स्थिति या टिप्पणी लिखने के लिए खाने पर डबल-क्लिक करें या F2 दबाएँ। आपके बदलाव मूल्यांकन के साथ सहेजे जाते हैं।</translation>
    </message>
    <message>
        <source>No actions yet: answer some questions first, or there are no gaps.</source>
        <translation>अभी कोई काम नहीं: पहले कुछ सवालों के उत्तर दें, या कोई कमी नहीं है।</translation>
    </message>
    <message>
        <source>Action plan table</source>
        <translation>कार्य योजना की तालिका</translation>
    </message>
    <message>
        <source>Clear &amp;due date</source>
        <translation>तय तारीख़ हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>तय तारीख़ हटाएँ</translation>
    </message>
    <message>
        <source>Get my action &amp;plan (PDF)</source>
        <translation>मेरी कार्य योजना पाएँ (PDF) (&amp;P)</translation>
    </message>
    <message>
        <source>Get my action plan (PDF)</source>
        <translation>मेरी कार्य योजना पाएँ (PDF)</translation>
    </message>
    <message>
        <source>What this action involves</source>
        <translation>इस काम में क्या करना है</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>इस वजह से</translation>
    </message>
    <message>
        <source>This action removes a blocker.</source>
        <translation>यह काम एक रुकावट दूर करता है।</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>क्या करें</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>कौन मदद कर सकता है</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Company profile</source>
        <translation>कंपनी की प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Tell us about the company. This is not scored: it decides which questions apply (for example, EU buyers bring CE marking and REACH).</source>
        <translation>कंपनी के बारे में बताएँ। इसके अंक नहीं मिलते: इससे तय होता है कि कौन-से सवाल लागू हैं (जैसे EU के ख़रीदारों के लिए CE मार्किंग और REACH)।</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>कंपनी का नाम</translation>
    </message>
    <message>
        <source>e.g. Shree Ganesh Textiles</source>
        <translation>जैसे श्री गणेश टेक्सटाइल्स</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>सेक्टर (&amp;S):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>आकार (&amp;Z):</translation>
    </message>
    <message>
        <source>Compan&amp;y name:</source>
        <translation>कंपनी का नाम (&amp;Y):</translation>
    </message>
    <message>
        <source>Export e&amp;xperience:</source>
        <translation>निर्यात का अनुभव (&amp;X):</translation>
    </message>
    <message>
        <source>Target markets</source>
        <translation>लक्ष्य बाज़ार</translation>
    </message>
    <message>
        <source>Where you sell or want to sell. Choose all that apply.</source>
        <translation>आप कहाँ बेचते हैं या बेचना चाहते हैं। जितने लागू हों, सब चुनें।</translation>
    </message>
    <message>
        <source>Sales channels</source>
        <translation>बिक्री के तरीके</translation>
    </message>
    <message>
        <source>How you reach buyers. Choose all that apply.</source>
        <translation>आप ख़रीदारों तक कैसे पहुँचते हैं। जितने लागू हों, सब चुनें।</translation>
    </message>
    <message>
        <source>Who fills this in (optional)</source>
        <translation>इसे कौन भर रहा है (ज़रूरी नहीं)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>आपका नाम (&amp;M):</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <source>e.g. your consultancy or trade body</source>
        <translation>जैसे आपकी सलाहकार फ़र्म या व्यापार संघ</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>संस्था (&amp;O):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress since the previous assessment</source>
        <translation>पिछले मूल्यांकन के बाद की प्रगति</translation>
    </message>
    <message>
        <source>Progress since %1</source>
        <translation>%1 के बाद की प्रगति</translation>
    </message>
    <message>
        <source>Overall score:</source>
        <translation>कुल अंक:</translation>
    </message>
    <message>
        <source>Stage unchanged:</source>
        <translation>चरण वही है:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>चरण:</translation>
    </message>
    <message>
        <source>Nothing has changed since %1: the same answers give the same scores, and no action has been marked done.</source>
        <translation>%1 से कुछ नहीं बदला: वही उत्तर, वही अंक, और कोई काम पूरा नहीं हुआ।</translation>
    </message>
    <message>
        <source>Not comparable (the question bank changed): %1</source>
        <translation>तुलना नहीं हो सकती (सवालों का संग्रह बदल गया): %1</translation>
    </message>
    <message>
        <source>No change in %1 since %2.</source>
        <translation>%2 से %1 में कोई बदलाव नहीं।</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>अब</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… और %1 अन्य</translation>
    </message>
    <message>
        <source>Gaps closed: %1</source>
        <translation>दूर हुई कमियाँ: %1</translation>
    </message>
    <message>
        <source>Gaps still open: %1</source>
        <translation>बाकी कमियाँ: %1</translation>
    </message>
    <message>
        <source>New gaps: %1</source>
        <translation>नई कमियाँ: %1</translation>
    </message>
    <message>
        <source>Plan actions completed: %1</source>
        <translation>योजना के पूरे हुए काम: %1</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>ठीक है (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>बिना सहेजे बंद करें</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>दोबारा करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पहले जैसा करें (&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मदद</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सब के लिए नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>पहले जैसा करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>मूल सेटिंग वापस लाएँ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर कोशिश करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सब सहेजें</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सब के लिए हाँ (&amp;A)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>दोबारा करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पहले जैसा करें (&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>A weak answer here blocks exporting.</source>
        <translation>यहाँ कमज़ोर उत्तर निर्यात को रोकता है।</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>उत्तर नहीं दिया</translation>
    </message>
    <message>
        <source>A number from %1 to %2</source>
        <translation>%1 से %2 तक की संख्या</translation>
    </message>
    <message>
        <source>Why this matters:</source>
        <translation>यह क्यों ज़रूरी है:</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>No questions in this section apply to your company profile.</source>
        <translation>इस भाग का कोई सवाल आपकी कंपनी की प्रोफ़ाइल पर लागू नहीं होता।</translation>
    </message>
    <message>
        <source>&amp;Previous questions</source>
        <translation>पिछले सवाल (&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt questions</source>
        <translation>अगले सवाल (&amp;X)</translation>
    </message>
    <message>
        <source>Questions %1–%2 of %3</source>
        <translation>सवाल %1–%2, कुल %3 में से</translation>
    </message>
    <message>
        <source>Next questions (%1–%2)</source>
        <translation>अगले सवाल (%1–%2)</translation>
    </message>
    <message>
        <source>Show more questions (%1 left)</source>
        <translation>और सवाल दिखाएँ (%1 बाक़ी)</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Readiness radar chart</source>
        <translation>तैयारी का रडार चार्ट</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>नतीजे</translation>
    </message>
    <message>
        <source>Your readiness in each area, from your answers. Blockers come first: fix them before anything else. Unanswered and not applicable questions are left out.</source>
        <translation>आपके उत्तरों के आधार पर हर क्षेत्र में आपकी तैयारी। रुकावटें सबसे पहले हैं: बाकी सब से पहले इन्हें ठीक करें। बिना उत्तर वाले और लागू न होने वाले सवाल नहीं गिने गए।</translation>
    </message>
    <message>
        <source>Bar colours show the stage:</source>
        <translation>बार का रंग चरण बताता है:</translation>
    </message>
    <message>
        <source>Blockers: fix these first</source>
        <translation>रुकावटें: इन्हें पहले ठीक करें</translation>
    </message>
    <message>
        <source>Unconfirmed blockers: answer these first</source>
        <translation>अपुष्ट रुकावटें: पहले इनके उत्तर दें</translation>
    </message>
    <message>
        <source>Gaps in each area</source>
        <translation>हर क्षेत्र की कमियाँ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>सवाल</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>आपका उत्तर</translation>
    </message>
    <message>
        <source>Best answer</source>
        <translation>सबसे अच्छा उत्तर</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>The stage is held back by critical questions not answered yet.</source>
        <translation>अभी बिना उत्तर वाले ज़रूरी सवालों के कारण चरण रुका हुआ है।</translation>
    </message>
    <message>
        <source>No blockers: every critical question that applies is answered.</source>
        <translation>कोई रुकावट नहीं: लागू होने वाले हर ज़रूरी सवाल का उत्तर दिया गया है।</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>अभी मूल्यांकन नहीं हुआ</translation>
    </message>
    <message>
        <source>Answer the questions of each area for a result.</source>
        <translation>नतीजे के लिए हर क्षेत्र के सवालों के उत्तर दें।</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(अस्थायी)</translation>
    </message>
    <message>
        <source>%1% of the questions that apply are answered.</source>
        <translation>लागू सवालों में से %1% के उत्तर दिए गए हैं।</translation>
    </message>
    <message>
        <source>Enter or Space goes to its first open question.</source>
        <translation>Enter या स्पेस दबाएँ: इस क्षेत्र के पहले बिना उत्तर वाले सवाल पर जाएँ।</translation>
    </message>
    <message>
        <source>Missing area: %1, %2</source>
        <translation>बाक़ी क्षेत्र: %1, %2</translation>
    </message>
    <message>
        <source>Overall readiness %1 of 100, %2</source>
        <translation>कुल तैयारी: 100 में से %1, %2</translation>
    </message>
    <message>
        <source>Overall readiness: not assessed yet</source>
        <translation>कुल तैयारी: अभी मूल्यांकन नहीं हुआ</translation>
    </message>
    <message>
        <source>The stage is held back by blockers.</source>
        <translation>रुकावटों की वजह से चरण आगे नहीं बढ़ा।</translation>
    </message>
    <message>
        <source>provisional: %1 of %2 areas not answered enough</source>
        <translation>अस्थायी: %2 में से %1 क्षेत्रों में काफ़ी उत्तर नहीं दिए गए</translation>
    </message>
    <message>
        <source>PROVISIONAL</source>
        <translation>अस्थायी</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>अभी मूल्यांकन नहीं हुआ</translation>
    </message>
    <message>
        <source>%1% answered</source>
        <translation>%1% उत्तर दिए</translation>
    </message>
    <message>
        <source>Provisional until every area is at least %1% answered. Still missing:</source>
        <translation>जब तक हर क्षेत्र के कम से कम %1% उत्तर नहीं दिए जाते, नतीजा अस्थायी है। अभी बाक़ी:</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>उत्तर नहीं दिया</translation>
    </message>
    <message>
        <source>We cannot tell whether you can ship or get paid until these critical questions are answered. Each holds the stage back like a blocker.</source>
        <translation>जब तक इन ज़रूरी सवालों के उत्तर नहीं मिलते, हम नहीं बता सकते कि आप माल भेज पाएँगे या भुगतान पा सकेंगे। हर एक रुकावट की तरह चरण को रोकता है।</translation>
    </message>
    <message>
        <source>Blocker: %1 Your answer: %2.</source>
        <translation>रुकावट: %1 आपका उत्तर: %2।</translation>
    </message>
    <message>
        <source>Gap in %3: %1 Your answer: %2.</source>
        <translation>%3 में कमी: %1 आपका उत्तर: %2।</translation>
    </message>
    <message>
        <source>Best answer: %1.</source>
        <translation>सबसे अच्छा उत्तर: %1।</translation>
    </message>
    <message>
        <source>Area: %1.</source>
        <translation>क्षेत्र: %1।</translation>
    </message>
    <message>
        <source>Enter or Space goes to the question.</source>
        <translation>Enter या स्पेस दबाएँ: सवाल पर जाएँ।</translation>
    </message>
    <message>
        <source>Unconfirmed blocker: %1 (%2)</source>
        <translation>अपुष्ट रुकावट: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: not assessed yet</source>
        <translation>%1: अभी मूल्यांकन नहीं हुआ</translation>
    </message>
    <message>
        <source>%1: %2 / 100, %3</source>
        <translation>%1: %2 / 100, %3</translation>
    </message>
    <message>
        <source>No answers yet in this area.</source>
        <translation>इस क्षेत्र में अभी कोई उत्तर नहीं।</translation>
    </message>
    <message>
        <source>No gaps left in this area (apart from blockers).</source>
        <translation>इस क्षेत्र में कोई कमी नहीं बची (रुकावटों के अलावा)।</translation>
    </message>
    <message>
        <source>Each area</source>
        <translation>हर क्षेत्र</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review your answers</source>
        <translation>अपने उत्तर जाँचें</translation>
    </message>
    <message>
        <source>Questions you have not answered yet, and those you answered “Don&apos;t know”. “Don&apos;t know” counts as a gap: finding out is often the first step. Choose a question (Tab, then Enter) to go back to it.</source>
        <translation>वे सवाल जिनके उत्तर आपने अभी नहीं दिए, और जिनके उत्तर में “पता नहीं” चुना। “पता नहीं” को कमी गिना जाता है: पता करना अक्सर पहला कदम होता है। किसी सवाल पर वापस जाने के लिए उसे चुनें (Tab, फिर Enter)।</translation>
    </message>
    <message>
        <source>Questions to review in %1</source>
        <translation>%1 में जाँचने वाले सवाल</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>उत्तर नहीं दिया</translation>
    </message>
    <message>
        <source>don&apos;t know</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>Every question that applies is answered. See your results next.</source>
        <translation>हर लागू सवाल का उत्तर दिया गया है। अब अपने नतीजे देखें।</translation>
    </message>
    <message>
        <source>%1 not answered, %2 “Don&apos;t know”.</source>
        <translation>बिना उत्तर: %1, “पता नहीं”: %2।</translation>
    </message>
</context>
<context>
    <name>SaveTruth</name>
    <message>
        <source>Changes not saved</source>
        <translation>बदलाव सहेजे नहीं गए</translation>
    </message>
    <message>
        <source>Changes not saved to %1 — kept safe in recovery %2</source>
        <translation>बदलाव %1 में सहेजे नहीं गए — सुरक्षित कॉपी में रखे हैं %2</translation>
    </message>
    <message>
        <source>Could not save to %1 (%2) — kept safe in recovery %3</source>
        <translation>%1 में सहेजा नहीं जा सका (%2) — सुरक्षित कॉपी में रखा है %3</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Not saved yet — kept safe in recovery %1</source>
        <translation>अभी सहेजा नहीं गया — सुरक्षित कॉपी में रखा है %1</translation>
    </message>
    <message>
        <source>Recovered work from %1 — not saved to %2 yet</source>
        <translation>%1 का काम वापस मिला — अभी %2 में सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 में सहेजा गया</translation>
    </message>
    <message>
        <source>Saved to %1 %2</source>
        <translation>%1 में सहेजा गया %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Export Readiness Advisor</source>
        <translation>निर्यात तैयारी सलाहकार (Export Readiness Advisor)</translation>
    </message>
    <message>
        <source>Find out what to fix before you sell abroad: logistics, payments, quality and branding. You get an action plan (PDF) to work through this month.</source>
        <translation>विदेश में बेचने से पहले जानिए कि क्या ठीक करना है: लॉजिस्टिक्स, भुगतान, क्वालिटी और ब्रांडिंग। आपको एक कार्य योजना (PDF) मिलती है, जिस पर आप इसी महीने काम शुरू कर सकते हैं।</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>विंडो की भाषा</translation>
    </message>
    <message>
        <source>&amp;Start a new assessment</source>
        <translation>नया मूल्यांकन शुरू करें (&amp;S)</translation>
    </message>
    <message>
        <source>Step by step, about 20–30 minutes. Your answers are saved as you go.</source>
        <translation>क़दम-दर-क़दम, लगभग 20–30 मिनट। आपके जवाब साथ-साथ सहेजे जाते हैं।</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>फ़ाइल खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>An assessment saved earlier, from this computer or a USB stick.</source>
        <translation>पहले सहेजा गया मूल्यांकन, इस कंप्यूटर से या USB स्टिक से।</translation>
    </message>
    <message>
        <source>Client l&amp;ist…</source>
        <translation>ग्राहकों की सूची (&amp;I)…</translation>
    </message>
    <message>
        <source>Recen&amp;t files</source>
        <translation>हाल की फ़ाइलें (&amp;T)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>हाल की फ़ाइलें</translation>
    </message>
    <message>
        <source>last saved %1</source>
        <translation>पिछली बार सहेजा गया %1</translation>
    </message>
    <message>
        <source>Co&amp;ntinue %1</source>
        <translation>%1 जारी रखें (&amp;N)</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>%1 जारी रखें</translation>
    </message>
    <message>
        <source>&amp;Recover unsaved work from %1</source>
        <translation>%1 का बिना सहेजा काम वापस लाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>“%1” was not saved when the app last closed.</source>
        <translation>पिछली बार ऐप बंद होते समय “%1” सहेजा नहीं गया था।</translation>
    </message>
    <message numerus="yes">
        <source>%n more piece(s) of work too.</source>
        <translation>
            <numerusform>और %n काम भी बाक़ी है।</numerusform>
            <numerusform>और %n काम भी बाक़ी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved work from %1</source>
        <translation>%1 का बिना सहेजा काम वापस लाएँ</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (नहीं मिल रही)</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1 (खुल नहीं सकती)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Forget this file here; it is not deleted.</source>
        <translation>यह फ़ाइल यहाँ की सूची से हटेगी; फ़ाइल मिटाई नहीं जाती।</translation>
    </message>
    <message>
        <source>Remove from &amp;list</source>
        <translation>सूची से हटाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>सूची से हटाएँ</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>अंक %1</translation>
    </message>
    <message>
        <source>This file is not there any more</source>
        <translation>यह फ़ाइल अब वहाँ नहीं है</translation>
    </message>
    <message>
        <source>%1 was moved, renamed or deleted, or it is on a drive that is not connected. Use “Open a file…” to find it.</source>
        <translation>%1 को कहीं और ले जाया गया, उसका नाम बदला गया या उसे मिटा दिया गया, या वह ऐसी ड्राइव पर है जो अभी जुड़ी नहीं है। उसे ढूँढने के लिए “फ़ाइल खोलें…” चुनें।</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Export Readiness Advisor</source>
        <translation>निर्यात तैयारी सलाहकार (Export Readiness Advisor)</translation>
    </message>
    <message>
        <source>Export Readiness Advisor is free software under the MIT licence. It uses Qt and PySide6 under the GNU LGPL version 3, and embeds the Noto Sans and Noto Sans Devanagari fonts (Google) under the SIL Open Font License 1.1. It never connects to the internet.</source>
        <translation>निर्यात तैयारी सलाहकार (Export Readiness Advisor) MIT लाइसेंस के तहत मुफ़्त सॉफ़्टवेयर है। यह GNU LGPL संस्करण 3 के तहत Qt और PySide6 का इस्तेमाल करता है, और SIL Open Font License 1.1 के तहत Noto Sans और Noto Sans Devanagari फ़ॉन्ट (Google) साथ रखता है। यह कभी इंटरनेट से नहीं जुड़ता।</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>सवालों का संग्रह</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>सवाल</translation>
    </message>
    <message>
        <source>Scores an exporter&apos;s readiness in logistics, payments, quality and branding, and writes a PDF action plan.</source>
        <translation>लॉजिस्टिक्स, भुगतान, क्वालिटी और ब्रांडिंग में निर्यातक की तैयारी के अंक देता है, और PDF कार्य योजना बनाता है।</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The question bank cannot be used</source>
        <translation>सवालों का संग्रह इस्तेमाल नहीं हो सकता</translation>
    </message>
    <message>
        <source>Autosave is not available</source>
        <translation>अपने-आप सहेजना उपलब्ध नहीं है</translation>
    </message>
</context>
<context>
    <name>consultant</name>
    <message>
        <source>&amp;Branding profile…</source>
        <translation>ब्रांडिंग प्रोफ़ाइल (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>ग्राहक (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>ग्राहक (&amp;C)…</translation>
    </message>
    <message>
        <source>Action plan exported</source>
        <translation>कार्य योजना बन गई</translation>
    </message>
    <message>
        <source>Action plan written: %1</source>
        <translation>कार्य योजना बन गई: %1</translation>
    </message>
    <message>
        <source>Cannot start a follow-up</source>
        <translation>फ़ॉलो-अप शुरू नहीं हो सका</translation>
    </message>
    <message>
        <source>The action plan was saved as %1.</source>
        <translation>कार्य योजना %1 नाम से सहेजी गई।</translation>
    </message>
    <message>
        <source>Cannot use the branding profile</source>
        <translation>ब्रांडिंग प्रोफ़ाइल इस्तेमाल नहीं हो सकती</translation>
    </message>
    <message>
        <source>Export p&amp;lan (XLSX, CSV)…</source>
        <translation>योजना निर्यात करें (XLSX, CSV) (&amp;L)…</translation>
    </message>
    <message>
        <source>New &amp;follow-up of this assessment</source>
        <translation>इस मूल्यांकन का नया फ़ॉलो-अप (&amp;F)</translation>
    </message>
    <message>
        <source>No comparison with %1: %2</source>
        <translation>%1 से तुलना नहीं: %2</translation>
    </message>
</context>
<context>
    <name>consultant_dialogs</name>
    <message>
        <source>Accent colour</source>
        <translation>मुख्य रंग</translation>
    </message>
    <message>
        <source>Branding profiles (*.json);;All files (*)</source>
        <translation>ब्रांडिंग प्रोफ़ाइल (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, कॉमा से अलग (*.csv)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>लोगो चुनें</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>कार्य योजना निर्यात करें</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>चित्र (*.png *.jpg *.jpeg);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Open branding profile</source>
        <translation>ब्रांडिंग प्रोफ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Save branding profile</source>
        <translation>ब्रांडिंग प्रोफ़ाइल सहेजें</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>&amp;Continue anyway</source>
        <translation>फिर भी &amp;जारी रखें</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>बदलाव छोड़ दें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep for next time</source>
        <translation>अगली बार के लिए रखें (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <source>Assessments (*.json);;All files (*)</source>
        <translation>मूल्यांकन (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Export PDF action plan</source>
        <translation>PDF कार्य योजना बनाएँ</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>अगर आप नहीं सहेजते, तो पिछली बार सहेजने के बाद के बदलाव खो जाएँगे।</translation>
    </message>
    <message>
        <source>Image for a phone (*.png)</source>
        <translation>फ़ोन के लिए चित्र (*.png)</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>मूल्यांकन खोलें</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>नए नाम से सहेजें (&amp;A)…</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>मूल्यांकन सहेजें</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>बंद करने से पहले “%1” के बदलाव सहेजें?</translation>
    </message>
    <message>
        <source>Share summary</source>
        <translation>सारांश साझा करें</translation>
    </message>
    <message>
        <source>Some areas are not answered enough yet:</source>
        <translation>कुछ क्षेत्रों के अभी पर्याप्त उत्तर नहीं दिए गए:</translation>
    </message>
    <message>
        <source>The result is provisional</source>
        <translation>नतीजा अस्थायी है</translation>
    </message>
    <message>
        <source>The score and the plan would be marked provisional. Answer an area (click it) for a result you can rely on, or continue anyway.</source>
        <translation>अंक और योजना पर ‘अस्थायी’ लिखा जाएगा। भरोसेमंद नतीजे के लिए किसी क्षेत्र के उत्तर दें (उस पर क्लिक करें), या फिर भी जारी रखें।</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>Your changes are kept safe in recovery, not in a file yet. Keep them for next time and the app offers them when it starts again.</source>
        <translation>आपके बदलाव सुरक्षित कॉपी में रखे हैं, अभी किसी फ़ाइल में नहीं। इन्हें अगली बार के लिए रखें, तो ऐप फिर शुरू होने पर इन्हें वापस देगा।</translation>
    </message>
    <message>
        <source>Your work is kept in a recovery copy. Save it under another name or place?</source>
        <translation>आपका काम एक सुरक्षित कॉपी में रखा है। इसे किसी दूसरे नाम से या दूसरी जगह सहेजें?</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा / Language (&amp;L)</translation>
    </message>
    <message>
        <source>Export Readiness Advisor</source>
        <translation>निर्यात तैयारी सलाहकार (Export Readiness Advisor)</translation>
    </message>
</context>
<context>
    <name>peers</name>
    <message>
        <source>Cannot write the summary</source>
        <translation>सारांश नहीं बन सका</translation>
    </message>
    <message>
        <source>Save a one-page summary (an image for a phone, or a PDF)</source>
        <translation>एक पन्ने का सारांश सहेजें (फ़ोन के लिए चित्र, या PDF)</translation>
    </message>
    <message>
        <source>Share s&amp;ummary…</source>
        <translation>सारांश साझा करें (&amp;U)…</translation>
    </message>
    <message>
        <source>Summary saved: %1</source>
        <translation>सारांश सहेजा गया: %1</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>सारांश बन रहा है…</translation>
    </message>
</context>
<context>
    <name>plan_export</name>
    <message>
        <source>Cannot export the action plan</source>
        <translation>कार्य योजना निर्यात नहीं हो सकी</translation>
    </message>
</context>
<context>
    <name>provisional</name>
    <message>
        <source>%1% answered</source>
        <translation>%1% उत्तर दिए</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>अभी मूल्यांकन नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>%1 (before a %2, %3 KB)</source>
        <translation>%1 (%2 से पहले, %3 KB)</translation>
    </message>
    <message>
        <source>Cannot recover this work</source>
        <translation>यह काम वापस नहीं लाया जा सका</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>यह संस्करण वापस नहीं लाया जा सका</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Earlier versions:</source>
        <translation>पुराने संस्करण:</translation>
    </message>
    <message>
        <source>Export Readiness Advisor was not closed properly. Unsaved work on “%1” was kept.</source>
        <translation>निर्यात तैयारी सलाहकार ठीक से बंद नहीं हुआ था। “%1” पर बिना सहेजा काम रख लिया गया है।</translation>
    </message>
    <message>
        <source>File already open</source>
        <translation>फ़ाइल पहले से खुली है</translation>
    </message>
    <message>
        <source>It belongs to the file %1.</source>
        <translation>यह फ़ाइल %1 का है।</translation>
    </message>
    <message>
        <source>It stays in the folder %1 and will be offered again at the next start (%2).</source>
        <translation>यह फ़ोल्डर %1 में ही रहेगा और अगली बार ऐप खोलने पर फिर पूछा जाएगा (%2)।</translation>
    </message>
    <message>
        <source>It stays in the folder %1 and will be offered again at the next start.</source>
        <translation>यह फ़ोल्डर %1 में ही रहेगा और अगली बार ऐप खोलने पर फिर पूछा जाएगा।</translation>
    </message>
    <message>
        <source>It was moved to the folder %1 and will not be offered again; nothing was deleted.</source>
        <translation>इसे फ़ोल्डर %1 में रख दिया गया है और यह दोबारा नहीं पूछा जाएगा; कुछ भी मिटाया नहीं गया।</translation>
    </message>
    <message>
        <source>Last autosaved: %1.</source>
        <translation>पिछली बार अपने-आप सहेजा गया: %1।</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>फिर भी खोलें</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>सिर्फ़ पढ़ने के लिए खोलें</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>वापस लाएँ</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>बिना सहेजा काम वापस लाएँ?</translation>
    </message>
    <message>
        <source>Replace “%1” with the version of %2? The current version is kept as a backup.</source>
        <translation>“%1” की जगह %2 का संस्करण रखें? अभी का संस्करण बैकअप के रूप में रखा जाएगा।</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>पुराना संस्करण वापस लाएँ</translation>
    </message>
    <message>
        <source>Show me the file</source>
        <translation>फ़ाइल दिखाएँ</translation>
    </message>
    <message>
        <source>That file is missing now.</source>
        <translation>वह फ़ाइल अब नहीं मिल रही।</translation>
    </message>
    <message>
        <source>The file was changed after that, at %1.</source>
        <translation>उसके बाद फ़ाइल %1 पर बदली गई थी।</translation>
    </message>
    <message>
        <source>The unsaved work on “%1” cannot be recovered now: %2</source>
        <translation>“%1” पर बिना सहेजा काम अभी वापस नहीं लाया जा सकता: %2</translation>
    </message>
    <message>
        <source>The unsaved work on “%1” cannot be recovered: %2</source>
        <translation>“%1” पर बिना सहेजा काम वापस नहीं लाया जा सकता: %2</translation>
    </message>
    <message>
        <source>There are no earlier versions of “%1” yet.</source>
        <translation>“%1” का अभी कोई पुराना संस्करण नहीं है।</translation>
    </message>
    <message>
        <source>They were moved to the folder %1 and will not be offered again; nothing was deleted.</source>
        <translation>इन्हें फ़ोल्डर %1 में रख दिया गया है और ये दोबारा नहीं पूछे जाएँगे; कुछ भी मिटाया नहीं गया।</translation>
    </message>
    <message>
        <source>You can read it without changing it, or open it anyway.</source>
        <translation>आप इसे बिना बदले पढ़ सकते हैं, या फिर भी खोल सकते हैं।</translation>
    </message>
    <message>
        <source>You kept unsaved work on “%1” for next time.</source>
        <translation>आपने “%1” पर बिना सहेजा काम अगली बार के लिए रखा था।</translation>
    </message>
    <message>
        <source>“%1” is already open.</source>
        <translation>“%1” पहले से खुली है।</translation>
    </message>
</context>
<context>
    <name>workshop</name>
    <message>
        <source>%1 files were left out (see the summary).</source>
        <translation>%1 फ़ाइलें छोड़ दी गईं (सारांश देखें)।</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>तारीख़ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>कार्यक्रम (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>संचालक (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Leave workshop mode…</source>
        <translation>कार्यशाला मोड छोड़ें (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>PDF खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Second folder:</source>
        <translation>दूसरा फ़ोल्डर (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Workshop mode…</source>
        <translation>कार्यशाला मोड (&amp;W)…</translation>
    </message>
    <message>
        <source>A copy is in:</source>
        <translation>एक कॉपी यहाँ है:</translation>
    </message>
    <message>
        <source>A one-page summary to send from your phone:</source>
        <translation>फ़ोन से भेजने के लिए एक पन्ने का सारांश:</translation>
    </message>
    <message>
        <source>Browse for </source>
        <translation>ढूँढें: </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ढूँढें…</translation>
    </message>
    <message>
        <source>Cannot save this participant&apos;s files</source>
        <translation>इस प्रतिभागी की फ़ाइलें सहेजी नहीं जा सकीं</translation>
    </message>
    <message>
        <source>Cannot start workshop mode</source>
        <translation>कार्यशाला मोड शुरू नहीं हो सका</translation>
    </message>
    <message>
        <source>Cannot write the cohort summary</source>
        <translation>समूह का सारांश नहीं बन सका</translation>
    </message>
    <message>
        <source>Choose the workshop folder where every participant&apos;s files go.</source>
        <translation>कार्यशाला का वह फ़ोल्डर चुनें जहाँ हर प्रतिभागी की फ़ाइलें जाएँगी।</translation>
    </message>
    <message>
        <source>Cohort &amp;summary…</source>
        <translation>समूह का सारांश (&amp;S)…</translation>
    </message>
    <message>
        <source>Cohort summary</source>
        <translation>समूह का सारांश</translation>
    </message>
    <message>
        <source>Cohort summary written</source>
        <translation>समूह का सारांश बन गया</translation>
    </message>
    <message>
        <source>Cohort summary…</source>
        <translation>समूह का सारांश…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख़</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>हो गया?</translation>
    </message>
    <message>
        <source>Done? Press “Finish and next participant” to save your PDF action plan.</source>
        <translation>हो गया? अपनी PDF कार्य योजना सहेजने के लिए “पूरा करें, अगला प्रतिभागी” दबाएँ।</translation>
    </message>
    <message>
        <source>Each participant answers, then presses “Finish and next participant”: their assessment and PDF are saved in the workshop folder and the app starts clean for the next person. Other folders cannot be opened.</source>
        <translation>हर प्रतिभागी उत्तर देकर “पूरा करें, अगला प्रतिभागी” दबाता है: उसका मूल्यांकन और PDF कार्यशाला के फ़ोल्डर में सहेजे जाते हैं और अगले व्यक्ति के लिए ऐप नए सिरे से शुरू होता है। दूसरे फ़ोल्डर नहीं खोले जा सकते।</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>कार्यक्रम का नाम</translation>
    </message>
    <message>
        <source>F&amp;inish and next participant</source>
        <translation>पूरा करें, अगला प्रतिभागी (&amp;I)</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>संचालक</translation>
    </message>
    <message>
        <source>Files are saved in %1</source>
        <translation>फ़ाइलें %1 में सहेजी जाती हैं</translation>
    </message>
    <message>
        <source>Fill in the company profile and answer some questions first.</source>
        <translation>पहले कंपनी की प्रोफ़ाइल भरें और कुछ सवालों के उत्तर दें।</translation>
    </message>
    <message>
        <source>Finish and next participant</source>
        <translation>पूरा करें, अगला प्रतिभागी</translation>
    </message>
    <message>
        <source>Finished participants stay saved in the workshop folder.</source>
        <translation>पूरे हो चुके प्रतिभागियों का काम कार्यशाला के फ़ोल्डर में सहेजा रहता है।</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>कार्यशाला मोड छोड़ें</translation>
    </message>
    <message>
        <source>Leave workshop mode?</source>
        <translation>कार्यशाला मोड छोड़ें?</translation>
    </message>
    <message>
        <source>Leave workshop mode…</source>
        <translation>कार्यशाला मोड छोड़ें…</translation>
    </message>
    <message>
        <source>Next participant</source>
        <translation>अगला प्रतिभागी</translation>
    </message>
    <message>
        <source>Nothing to save yet</source>
        <translation>अभी सहेजने को कुछ नहीं</translation>
    </message>
    <message>
        <source>Nothing was cleared: fix this and press Finish again.</source>
        <translation>कुछ भी मिटाया नहीं गया: इसे ठीक करें और फिर से “पूरा करें” दबाएँ।</translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation>अभी खोलें?</translation>
    </message>
    <message>
        <source>Not saved yet: “Finish and next participant” saves your answers and your PDF</source>
        <translation>अभी सहेजा नहीं गया: “पूरा करें, अगला प्रतिभागी” दबाने पर आपके उत्तर और PDF सहेजे जाते हैं</translation>
    </message>
    <message>
        <source>Question &amp;bank:</source>
        <translation>सवालों का संग्रह (&amp;B):</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>सवालों का संग्रह</translation>
    </message>
    <message>
        <source>Question banks (*.yaml *.yml);;All files (*)</source>
        <translation>सवालों के संग्रह (*.yaml *.yml);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Run a workshop: one participant after another on this computer</source>
        <translation>कार्यशाला चलाएँ: इस कंप्यूटर पर एक के बाद एक प्रतिभागी</translation>
    </message>
    <message>
        <source>Save this participant&apos;s assessment and PDF, then start clean</source>
        <translation>इस प्रतिभागी का मूल्यांकन और PDF सहेजें, फिर नए सिरे से शुरू करें</translation>
    </message>
    <message>
        <source>Saving the assessment and the PDF…</source>
        <translation>मूल्यांकन और PDF सहेजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Second folder for the PDFs</source>
        <translation>PDF के लिए दूसरा फ़ोल्डर</translation>
    </message>
    <message>
        <source>Start workshop</source>
        <translation>कार्यशाला शुरू करें</translation>
    </message>
    <message>
        <source>Start workshop mode</source>
        <translation>कार्यशाला मोड शुरू करें</translation>
    </message>
    <message>
        <source>The copy to the second folder failed: %1. Your files are safe in the workshop folder; ask the facilitator for a copy.</source>
        <translation>दूसरे फ़ोल्डर में कॉपी नहीं हो सकी: %1। आपकी फ़ाइलें कार्यशाला के फ़ोल्डर में सुरक्षित हैं; कॉपी के लिए संचालक से कहें।</translation>
    </message>
    <message>
        <source>The current participant&apos;s answers are not saved: finish them first to keep them.</source>
        <translation>अभी के प्रतिभागी के उत्तर सहेजे नहीं गए हैं: उन्हें रखने के लिए पहले पूरा करें।</translation>
    </message>
    <message>
        <source>The participant&apos;s files are being saved: wait a moment.</source>
        <translation>प्रतिभागी की फ़ाइलें सहेजी जा रही हैं: थोड़ा रुकें।</translation>
    </message>
    <message>
        <source>The question bank file does not exist.</source>
        <translation>सवालों के संग्रह की फ़ाइल मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The summary of %1 participants is saved as %2.</source>
        <translation>%1 प्रतिभागियों का सारांश %2 नाम से सहेजा गया।</translation>
    </message>
    <message>
        <source>The workshop folder cannot be used: %1</source>
        <translation>कार्यशाला का फ़ोल्डर इस्तेमाल नहीं हो सकता: %1</translation>
    </message>
    <message>
        <source>This bank has other sections than the open one: start the workshop with “export-advisor workshop FOLDER --bank BANK”.</source>
        <translation>इस संग्रह के भाग खुले हुए संग्रह से अलग हैं: कार्यशाला “export-advisor workshop FOLDER --bank BANK” से शुरू करें।</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>कार्यशाला</translation>
    </message>
    <message>
        <source>Workshop f&amp;older:</source>
        <translation>कार्यशाला का फ़ोल्डर (&amp;O):</translation>
    </message>
    <message>
        <source>Workshop folder</source>
        <translation>कार्यशाला का फ़ोल्डर</translation>
    </message>
    <message>
        <source>Write an anonymised summary of every finished participant</source>
        <translation>पूरे हो चुके सभी प्रतिभागियों का बिना नाम वाला सारांश बनाएँ</translation>
    </message>
    <message>
        <source>Writing the cohort summary…</source>
        <translation>समूह का सारांश बन रहा है…</translation>
    </message>
    <message>
        <source>Your PDF action plan is saved as:</source>
        <translation>आपकी PDF कार्य योजना इस नाम से सहेजी गई:</translation>
    </message>
    <message>
        <source>Your action plan is saved</source>
        <translation>आपकी कार्य योजना सहेज ली गई</translation>
    </message>
    <message>
        <source>e.g. Ludhiana export workshop</source>
        <translation>जैसे लुधियाना निर्यात कार्यशाला</translation>
    </message>
    <message>
        <source>optional: e.g. a USB stick</source>
        <translation>ज़रूरी नहीं: जैसे USB स्टिक</translation>
    </message>
    <message>
        <source>optional: the built-in bank</source>
        <translation>ज़रूरी नहीं: अंदर का संग्रह</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>प्रतिभागी %1</translation>
    </message>
    <message>
        <source>where every participant&apos;s files go</source>
        <translation>जहाँ हर प्रतिभागी की फ़ाइलें जाएँगी</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>आपका नाम</translation>
    </message>
</context>
</TS>
