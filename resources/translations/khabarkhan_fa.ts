<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="45"/>
        <source>Import files…</source>
        <translation>وارد کردن پرونده‌ها…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="46"/>
        <source>Import folder…</source>
        <translation>وارد کردن پوشه…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="47"/>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="48"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="49"/>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="50"/>
        <source>Clear search</source>
        <translation>پاک کردن جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="51"/>
        <source>Focus filters</source>
        <translation>رفتن به فیلترها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="52"/>
        <source>Focus article list</source>
        <translation>رفتن به فهرست خبرها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="53"/>
        <source>Focus reading pane</source>
        <translation>رفتن به متن خبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="54"/>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="55"/>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="56"/>
        <source>Actual size</source>
        <translation>اندازهٔ اصلی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="57"/>
        <source>Full-screen reading</source>
        <translation>خواندن تمام‌صفحه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="58"/>
        <source>Next article</source>
        <translation>خبر بعدی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="59"/>
        <source>Previous article</source>
        <translation>خبر قبلی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="60"/>
        <source>Next unread</source>
        <translation>نخواندهٔ بعدی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="61"/>
        <source>Previous unread</source>
        <translation>نخواندهٔ قبلی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="62"/>
        <source>Page down / next unread</source>
        <translation>صفحهٔ بعد / نخواندهٔ بعدی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="63"/>
        <source>Page up</source>
        <translation>صفحهٔ قبل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="64"/>
        <source>First article</source>
        <translation>نخستین خبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="65"/>
        <source>Last article</source>
        <translation>آخرین خبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="66"/>
        <source>Back</source>
        <translation>عقب</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="67"/>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68"/>
        <source>Toggle read</source>
        <translation>خوانده / نخوانده</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="69"/>
        <source>Toggle star</source>
        <translation>ستاره‌دار / بی‌ستاره</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="72"/>
        <source>Open original in browser</source>
        <translation>باز کردن خبر اصلی در مرورگر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="78"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="79"/>
        <source>About Khabarkhan</source>
        <translation>دربارهٔ خبرخوان</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../reader/ui/app.py" line="239"/>
        <location filename="../../reader/ui/app.py" line="249"/>
        <source>Khabarkhan</source>
        <translation>خبرخوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="240"/>
        <location filename="../../reader/ui/library_upgrade.py" line="67"/>
        <source>Cannot open the library:
%1</source>
        <translation>کتابخانه باز نشد:
%1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="250"/>
        <source>The library %1 is damaged, or it is not a Khabarkhan library.</source>
        <translation>کتابخانهٔ %1 آسیب دیده است، یا کتابخانهٔ خبرخوان نیست.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="256"/>
        <source>Khabarkhan can rename the damaged file (adding “.damaged” and the date to its name, in the same folder; nothing is deleted) and start a new, empty library. Your articles can then be imported again.</source>
        <translation>خبرخوان می‌تواند نام پروندهٔ آسیب‌دیده را عوض کند («⁦.damaged⁩» و تاریخ به نامش افزوده می‌شود و در همان پوشه می‌ماند؛ چیزی پاک نمی‌شود) و کتابخانهٔ تازه و خالی‌ای بسازد. سپس می‌توانید خبرهایتان را دوباره وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="264"/>
        <source>Start a new library</source>
        <translation>ساختن کتابخانهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/app.py" line="266"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../../reader/ui/article_document.py" line="192"/>
        <source>Source: %1</source>
        <translation>منبع: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_document.py" line="196"/>
        <source>News code: %1</source>
        <translation>کد خبر: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_document.py" line="200"/>
        <source>Original article</source>
        <translation>خبر اصلی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_document.py" line="271"/>
        <source>The date was derived from the news code or address.</source>
        <translation>تاریخ از روی کد خبر یا نشانی آن به دست آمده است.</translation>
    </message>
</context>
<context>
    <name>ArticleModel</name>
    <message>
        <location filename="../../reader/ui/article_model.py" line="76"/>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="312"/>
        <location filename="../../reader/ui/article_model.py" line="376"/>
        <source>Starred</source>
        <extracomment>the library could not be read (a damaged file): SQLite&apos;s words; once, until a read works Tehran&apos;s today, asked again at each query: today&apos;s rows show their clock</extracomment>
        <translation>ستاره‌دار</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="313"/>
        <source>Not starred</source>
        <translation>بی‌ستاره</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="321"/>
        <source>unread</source>
        <translation>نخوانده</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="323"/>
        <source>starred</source>
        <translation>ستاره‌دار</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="324"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="381"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="382"/>
        <source>Site</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="383"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../reader/ui/cheatsheet.py" line="104"/>
        <source>no shortcut</source>
        <translation>بدون میان‌بر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/cheatsheet.py" line="136"/>
        <source>Single-letter keys also work with the Persian keyboard layout. Change shortcuts in Settings.</source>
        <translation>کلیدهای تک‌حرفی با چیدمان صفحه‌کلید فارسی هم کار می‌کنند. میان‌برها را در تنظیمات تغییر دهید.</translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <location filename="../../reader/ui/cheatsheet.py" line="169"/>
        <location filename="../../reader/ui/cheatsheet.py" line="173"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="94"/>
        <source>All dates</source>
        <translation>همهٔ تاریخ‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="95"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="96"/>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="97"/>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="98"/>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="99"/>
        <source>Custom range</source>
        <translation>بازهٔ دلخواه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="103"/>
        <source>First day (Jalali calendar)</source>
        <translation>روز نخست (تقویم خورشیدی)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="104"/>
        <source>Last day (Jalali calendar)</source>
        <translation>روز پایانی (تقویم خورشیدی)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="106"/>
        <source>Date range</source>
        <translation>بازهٔ تاریخ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="107"/>
        <source>From date</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/date_filter.py" line="108"/>
        <source>To date</source>
        <translation>تا تاریخ</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="58"/>
        <source>Version %1</source>
        <translation>نگارش %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="66"/>
        <source>Khabarkhan</source>
        <translation>خبرخوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="67"/>
        <source>Part of the library could not be read, so articles may be missing from the list. The library file may be damaged: restore a backup of it, or import your files into a new library.</source>
        <translation>بخشی از کتابخانه خوانده نشد، پس ممکن است خبرهایی در فهرست نباشند. شاید پروندهٔ کتابخانه آسیب دیده باشد: نسخهٔ پشتیبانش را برگردانید، یا پرونده‌هایتان را در کتابخانهٔ تازه‌ای وارد کنید.</translation>
    </message>
</context>
<context>
    <name>FacetList</name>
    <message>
        <location filename="../../reader/ui/sidebar/facet_list.py" line="246"/>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/facet_list.py" line="247"/>
        <source>Show all agencies again</source>
        <translation>نمایش دوبارهٔ همهٔ رسانه‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/facet_list.py" line="248"/>
        <source>Filter…</source>
        <translation>فیلتر…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../reader/ui/first_run.py" line="68"/>
        <source>Welcome to Khabarkhan</source>
        <translation>به خبرخوان خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../reader/ui/first_run.py" line="70"/>
        <source>Your library is empty</source>
        <translation>کتابخانهٔ شما خالی است</translation>
    </message>
    <message>
        <location filename="../../reader/ui/first_run.py" line="76"/>
        <source>Khabarkhan reads folders of saved news pages and Persian news corpora (Hamshahri, pn_summary, TLPC, MirasText and more).

Load a few demo articles to try the reader now? You can import your own files and folders at any time from the File menu, or drop them on the window.</source>
        <translation>خبرخوان پوشه‌های صفحه‌های خبری ذخیره‌شده و پیکره‌های خبری فارسی (همشهری، pn_summary، TLPC، میراث‌متن و دیگر پیکره‌ها) را می‌خواند.

چند خبر نمونه بارگذاری شود تا همین حالا خبرخوان را امتحان کنید؟ هر وقت بخواهید می‌توانید پرونده‌ها و پوشه‌های خودتان را از منوی «پرونده» وارد کنید یا آن‌ها را روی پنجره رها کنید.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/first_run.py" line="86"/>
        <source>Don&apos;t ask again</source>
        <translation>دیگر نپرس</translation>
    </message>
    <message>
        <location filename="../../reader/ui/first_run.py" line="89"/>
        <source>Load demo articles</source>
        <translation>بارگذاری خبرهای نمونه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/first_run.py" line="92"/>
        <source>Import files…</source>
        <translation>وارد کردن پرونده‌ها…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/first_run.py" line="95"/>
        <source>Not now</source>
        <translation>حالا نه</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../reader/ui/import_ui.py" line="112"/>
        <source>Import files</source>
        <translation>وارد کردن پرونده‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_ui.py" line="114"/>
        <source>News files (*.txt *.json *.jsonl *.csv *.tsv *.xml *.gz);;All files (*)</source>
        <translation>پرونده‌های خبری (*.txt *.json *.jsonl *.csv *.tsv *.xml *.gz);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_ui.py" line="123"/>
        <source>Import folder</source>
        <translation>وارد کردن پوشه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_ui.py" line="146"/>
        <source>Import in progress</source>
        <translation>در حال وارد کردن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_ui.py" line="147"/>
        <source>Please wait until the current import has finished.</source>
        <translation>لطفاً صبر کنید تا وارد کردن کنونی تمام شود.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_ui.py" line="254"/>
        <source>Import failed</source>
        <translation>وارد کردن ناموفق بود</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_ui.py" line="255"/>
        <source>The import stopped with an error:
%1</source>
        <translation>وارد کردن با خطا متوقف شد:
%1</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="53"/>
        <source>Importing articles</source>
        <translation>در حال وارد کردن خبرها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="55"/>
        <source>Preparing…</source>
        <translation>در حال آماده‌سازی…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="81"/>
        <source>Cancelling after the current batch…</source>
        <translation>لغو پس از پایان دستهٔ کنونی…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="102"/>
        <source>%Ln article(s) imported</source>
        <translation>
            <numerusform>%Ln خبر وارد شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="104"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln خبر تکراری کنار گذاشته شد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="112"/>
        <source>File %1 of %2: %3</source>
        <translation>پروندهٔ %1 از %2: %3</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="126"/>
        <source>%1 articles/s</source>
        <translation>%1 خبر در ثانیه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="137"/>
        <source> · </source>
        <comment>between the parts of one progress line</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="141"/>
        <source>about %Ln second(s) left</source>
        <translation>
            <numerusform>حدود %Ln ثانیه مانده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="143"/>
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>حدود %Ln دقیقه مانده</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="145"/>
        <source>about %1 h %2 min left</source>
        <translation>حدود %1 ساعت و %2 دقیقه مانده</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="14"/>
        <source>no such file or folder</source>
        <translation>چنین پرونده یا پوشه‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="15"/>
        <source>not a regular file</source>
        <translation>پروندهٔ معمولی نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="16"/>
        <source>empty file</source>
        <translation>پرونده خالی است</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="17"/>
        <source>format not recognised</source>
        <translation>قالب پرونده شناخته نشد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="18"/>
        <source>not a text file</source>
        <translation>پروندهٔ متنی نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="19"/>
        <source>cannot be imported</source>
        <translation>وارد کردنی نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="22"/>
        <source>binary file, not text (contains NUL bytes)</source>
        <translation>پروندهٔ دودویی است، نه متن (بایت NUL دارد)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="26"/>
        <source>binary file, not text (%1 control characters)</source>
        <translation>پروندهٔ دودویی است، نه متن (%1 نویسهٔ کنترلی)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="28"/>
        <source>cannot read: %1</source>
        <translation>خوانده نشد: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="29"/>
        <source>cannot open: %1</source>
        <translation>باز نشد: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="30"/>
        <source>cannot read folder: %1</source>
        <translation>پوشه خوانده نشد: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="31"/>
        <source>cannot decode: %1</source>
        <translation>رمزگشایی نشد: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="34"/>
        <source>invalid %1 text at byte %2</source>
        <translation>متن %1 نامعتبر در بایت %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="36"/>
        <source>%1 more bad records</source>
        <translation>%1 رکورد خراب دیگر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="39"/>
        <source>no title found: the page has no Persian text lines</source>
        <translation>عنوانی پیدا نشد: صفحه هیچ سطر متن فارسی ندارد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="43"/>
        <source>broken link</source>
        <translation>پیوند شکسته</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="44"/>
        <source>hidden folder</source>
        <translation>پوشهٔ پنهان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="45"/>
        <source>hidden file</source>
        <translation>پروندهٔ پنهان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="48"/>
        <source>link to a folder read already</source>
        <translation>پیوند به پوشه‌ای که پیش‌تر خوانده شد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="52"/>
        <source>unknown text encoding (not UTF-8, UTF-16 or Windows-1256 Persian text)</source>
        <translation>رمزگذاری متن شناخته نیست (نه UTF-8، نه UTF-16 و نه متن فارسی Windows-1256)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="59"/>
        <source>not a JSON array of records: %1</source>
        <translation>آرایهٔ JSON از رکوردها نیست: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="63"/>
        <source>not a %1 JSON array: %2</source>
        <translation>آرایهٔ JSON از نوع %1 نیست: %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="66"/>
        <source>not valid JSON: %1</source>
        <translation>JSON معتبر نیست: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="69"/>
        <source>JSON broken after %1 %2: %3</source>
        <translation>JSON پس از %1 %2 خراب است: %3</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="73"/>
        <source>the record is not a JSON object</source>
        <translation>رکورد یک شیء JSON نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="77"/>
        <source>not a TLPC article (JSON object expected)</source>
        <translation>خبر TLPC نیست (شیء JSON انتظار می‌رفت)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="81"/>
        <source>too big for a TLPC article file</source>
        <translation>برای پروندهٔ یک خبر TLPC بیش از اندازه بزرگ است</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="86"/>
        <source>the record has no title and no text</source>
        <translation>رکورد نه عنوان دارد نه متن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="90"/>
        <source>the line has %1 fields, %2 expected</source>
        <translation>سطر %1 بخش دارد، %2 بخش انتظار می‌رفت</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="94"/>
        <source>the record has %1 lines, %2 expected</source>
        <translation>رکورد %1 سطر دارد، %2 سطر انتظار می‌رفت</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="98"/>
        <source>the row has %1 columns, the header %2</source>
        <translation>ردیف %1 ستون دارد و سرستون %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="102"/>
        <source>the record is cut off (a truncated file?)</source>
        <translation>رکورد ناتمام است (پرونده بریده شده؟)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="107"/>
        <source>no records of this format in the file</source>
        <translation>پرونده هیچ رکوردی از این قالب ندارد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="111"/>
        <source>no header row with at least two columns</source>
        <translation>سرستونی با دست‌کم دو ستون نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="115"/>
        <source>no rows under the header</source>
        <translation>زیر سرستون ردیفی نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="119"/>
        <source>unreadable %1 from line %2: %3</source>
        <translation>%1 از سطر %2 خوانا نیست: %3</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="123"/>
        <source>the record id %1 is not a number</source>
        <translation>شناسهٔ رکورد (%1) عدد نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="127"/>
        <source>unknown field(s) in the mapping: %1 (known: %2)</source>
        <translation>بخش ناشناخته در نگاشت: %1 (بخش‌های شناخته: %2)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="131"/>
        <source>column(s) not in the file: %1 (columns: %2)</source>
        <translation>ستون در پرونده نیست: %1 (ستون‌ها: %2)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="135"/>
        <source>no title or text column found; name one with a mapping such as title=headline</source>
        <translation>ستون عنوان یا متن پیدا نشد؛ با نگاشتی مانند title=headline یکی را نام ببرید</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="143"/>
        <source>the date %1 was not understood</source>
        <translation>تاریخ %1 خوانده نشد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="147"/>
        <source>%1 has the wrong type (a number)</source>
        <translation>نوع %1 نادرست است (عدد)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="151"/>
        <source>%1 has the wrong type (a list)</source>
        <translation>نوع %1 نادرست است (فهرست)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="155"/>
        <source>%1 has the wrong type (an object)</source>
        <translation>نوع %1 نادرست است (شیء)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="159"/>
        <source>%1 has the wrong type (true/false)</source>
        <translation>نوع %1 نادرست است (درست/نادرست)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="163"/>
        <source>%1 content block(s) without text</source>
        <translation>%1 بخش از محتوا بی‌متن بود</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="168"/>
        <source>no title line (the first line has %1 characters): its first sentence is the title</source>
        <translation>سطر عنوان ندارد (سطر اول %1 نویسه است): جملهٔ اولش عنوان شد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="175"/>
        <source>no title line (the first line has %1 characters): imported without a title</source>
        <translation>سطر عنوان ندارد (سطر اول %1 نویسه است): بی‌عنوان وارد شد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="188"/>
        <source>left out of the imported article: %1</source>
        <translation>از خبرِ واردشده کنار گذاشته شد: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="192"/>
        <location filename="../../reader/ui/import_reasons.py" line="196"/>
        <source>the record has no usable title or text: %1</source>
        <translation>رکورد عنوان یا متنِ خواندنی ندارد: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="217"/>
        <source>record %1: %2</source>
        <translation>رکورد %1: %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_reasons.py" line="223"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="177"/>
        <source>Import finished</source>
        <translation>وارد کردن تمام شد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="188"/>
        <source>The import was cancelled; the articles read so far were kept.</source>
        <translation>وارد کردن لغو شد؛ خبرهایی که تا آن لحظه خوانده شده بودند نگه داشته شدند.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="189"/>
        <source>%Ln new article(s) added.</source>
        <translation>
            <numerusform>%Ln خبر تازه افزوده شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="191"/>
        <source>%Ln duplicate(s) were already in the library.</source>
        <translation>
            <numerusform>%Ln خبر تکراری از پیش در کتابخانه بود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="193"/>
        <source>%Ln unchanged file(s) were not read again.</source>
        <translation>
            <numerusform>%Ln پروندهٔ بی‌تغییر دوباره خوانده نشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="198"/>
        <source>%Ln changed file(s) held only articles already in the library; their first import is kept.</source>
        <translation>
            <numerusform>همهٔ خبرهای %Ln پروندهٔ تغییرکرده از پیش در کتابخانه بود؛ متن نخستین وارد کردنشان نگه داشته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="205"/>
        <source>%Ln file(s) or record(s) skipped:</source>
        <translation>
            <numerusform>%Ln پرونده یا رکورد کنار گذاشته شد:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="209"/>
        <source>%Ln article(s) imported with something left out (listed below).</source>
        <translation>
            <numerusform>%Ln خبر با بخشی کنارگذاشته وارد شد (فهرست زیر).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="216"/>
        <source>Time: %1 s</source>
        <translation>زمان: %1 ثانیه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="226"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="226"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="248"/>
        <source>imported; %1</source>
        <translation>وارد شد؛ %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_dialogs.py" line="263"/>
        <source>Show first new article</source>
        <translation>نمایش نخستین خبر تازه</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/status_bar.py" line="44"/>
        <source>The library is empty</source>
        <translation>کتابخانه خالی است</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/status_bar.py" line="46"/>
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln خبر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/status_bar.py" line="48"/>
        <source>%1 of %2 articles</source>
        <translation>%1 از %2 خبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_upgrade.py" line="66"/>
        <location filename="../../reader/ui/main_window.py" line="239"/>
        <source>Khabarkhan</source>
        <translation>خبرخوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="51"/>
        <source>About Khabarkhan</source>
        <translation>دربارهٔ خبرخوان</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="52"/>
        <source>Khabarkhan: a fast reader for Persian news archives.
Font: Vazirmatn (SIL Open Font License 1.1).</source>
        <translation>خبرخوان: خبرخوانی سریع برای آرشیوهای خبری فارسی.
قلم: وزیرمتن (با مجوز SIL Open Font License 1.1).</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library_upgrade.py" line="24"/>
        <source>Upgrading library…</source>
        <translation>در حال به‌روزرسانی کتابخانه…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="198"/>
        <source>Article list</source>
        <translation>فهرست خبرها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="199"/>
        <source>Article text</source>
        <translation>متن خبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="202"/>
        <source>Articles listed by the search and filters</source>
        <translation>شمار خبرهایی که جست‌وجو و فیلترها نشان می‌دهند</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="33"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="34"/>
        <source>&amp;Go</source>
        <translation>&amp;برو</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="35"/>
        <source>&amp;Article</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="36"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../reader/ui/navigation.py" line="147"/>
        <source>No more unread articles</source>
        <translation>خبر نخواندهٔ دیگری نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/navigation.py" line="212"/>
        <source>This article has no original address</source>
        <translation>این خبر نشانی اصلی ندارد</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../../reader/ui/reading_pane.py" line="293"/>
        <source>Your library is empty. Import files from the File menu, or drop them on this window.</source>
        <extracomment>A copied selection as it was typed: the page&apos;s display-only marks (break points, isolates, RLM) out, its no-break spaces and Qt&apos;s line and paragraph separators plain. The most of the pane&apos;s width one side margin takes: the document margin grows with the font (``themes.style_document``), and at 40 pt it took 23% of a 560 px pane. At the usual sizes (15-16 pt) in a pane of 450 px or more the margin is unchanged.</extracomment>
        <translation>کتابخانه خالی است. پرونده‌ها را از منوی «پرونده» وارد کنید، یا آن‌ها را روی همین پنجره رها کنید.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_pane.py" line="297"/>
        <source>No article matches the search and filters.</source>
        <translation>خبری با این جست‌وجو و فیلترها پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_pane.py" line="298"/>
        <source>Select an article to read it.</source>
        <translation>خبری را برای خواندن انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../reader/ui/sidebar/search_box.py" line="53"/>
        <source>Search: words, &quot;phrase&quot;, -word, title:…</source>
        <translation>جست‌وجو: واژه، &quot;عبارت&quot;، ‎-واژه، title:…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/search_box.py" line="55"/>
        <source>Search articles</source>
        <translation>جست‌وجو در خبرها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/search_box.py" line="58"/>
        <source>All words must match.
&quot;exact phrase&quot;   -exclude   this | that   prefix*
title:word   site:agency   source:agency
Enter or Down goes to the results; Esc clears the search.</source>
        <translation>همهٔ واژه‌ها باید پیدا شوند.
&quot;عبارت دقیق&quot;   ‎-کنار‌گذاشتن   این | آن   پیشوند*
title:واژه   site:رسانه   source:منبع
با Enter یا ↓ به فهرست نتیجه‌ها بروید؛ با Esc جست‌وجو پاک می‌شود.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="82"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="89"/>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="90"/>
        <source>Reading</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="91"/>
        <location filename="../../reader/ui/settings_dialog.py" line="185"/>
        <source>Shortcuts</source>
        <translation>میان‌برها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="100"/>
        <source>Reset to defaults</source>
        <translation>بازگشت به پیش‌فرض‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="120"/>
        <source>Automatic (system language)</source>
        <translation>خودکار (زبان سیستم)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="123"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="124"/>
        <source>The whole window switches language when you press OK.</source>
        <translation>زبان همهٔ پنجره پس از تأیید عوض می‌شود.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="131"/>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="132"/>
        <source>Sepia</source>
        <translation>کاغذی</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="133"/>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="134"/>
        <source>&amp;Theme:</source>
        <translation>&amp;پوسته:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="137"/>
        <source>Persian digits (۱۲۳)</source>
        <translation>رقم‌های فارسی (۱۲۳)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="138"/>
        <source>Latin digits (123)</source>
        <translation>رقم‌های لاتین (123)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="139"/>
        <source>&amp;Digits in articles:</source>
        <translation>&amp;رقم‌ها در خبرها:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="147"/>
        <source> pt</source>
        <translation> پوینت</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="149"/>
        <source>&amp;Font size:</source>
        <translation>&amp;اندازهٔ قلم:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="151"/>
        <source>&amp;Justify paragraphs</source>
        <translation>&amp;تراز دوطرفهٔ بندها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="155"/>
        <source>&amp;Mark articles as read when selected</source>
        <translation>&amp;خبر انتخاب‌شده خوانده‌شده به حساب آید</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="161"/>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="162"/>
        <source>Seconds before an article counts as read</source>
        <translation>چند ثانیه پس از انتخاب، خبر خوانده‌شده به حساب آید</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="166"/>
        <source>after</source>
        <translation>پس از</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="169"/>
        <source>Read status:</source>
        <translation>وضعیت خواندن:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="172"/>
        <source>Show text exactly as imported (no zero-width non-joiner restoration)</source>
        <translation>نمایش متن دقیقاً همان‌گونه که وارد شده (بدون بازگرداندن نیم‌فاصله‌ها)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="175"/>
        <source>Text:</source>
        <translation>متن:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="181"/>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="181"/>
        <source>Menu</source>
        <translation>منو</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="181"/>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="182"/>
        <source>Alternative</source>
        <translation>جایگزین</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="206"/>
        <source>Shortcut for %1</source>
        <translation>میان‌بر «%1»</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="206"/>
        <source>Alternative for %1</source>
        <translation>میان‌بر دیگر «%1»</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="223"/>
        <source>Click a field and press the new key. Single-letter keys also work with the Persian keyboard layout.</source>
        <translation>روی یک خانه کلیک کنید و کلید تازه را بزنید. کلیدهای تک‌حرفی با چیدمان صفحه‌کلید فارسی هم کار می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="322"/>
        <source>“%1” is used by: %2</source>
        <translation>«%1» را این کارها به کار می‌برند: %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="328"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../reader/ui/settings_dialog.py" line="333"/>
        <source>Give each key to one action before saving.</source>
        <translation>پیش از ذخیره، هر کلید را فقط به یک کار بدهید.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="221"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="222"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="223"/>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="224"/>
        <source>Show all dates again</source>
        <translation>نمایش دوبارهٔ همهٔ تاریخ‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="226"/>
        <source>Clear the date filter</source>
        <translation>پاک کردن فیلتر تاریخ</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="227"/>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="228"/>
        <source>Sites</source>
        <translation>رسانه‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="229"/>
        <source>Filter the sites</source>
        <translation>فیلتر کردن رسانه‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="230"/>
        <source>Clear the chosen sites</source>
        <translation>پاک کردن رسانه‌های انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="231"/>
        <source>The agency or website that published the article</source>
        <translation>خبرگزاری یا وبگاهی که خبر را منتشر کرده است</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="232"/>
        <source>No sites</source>
        <translation>رسانه‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="233"/>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="234"/>
        <source>Sources</source>
        <translation>منبع‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="235"/>
        <source>Filter the sources</source>
        <translation>فیلتر کردن منبع‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="236"/>
        <source>Clear the chosen sources</source>
        <translation>پاک کردن منبع‌های انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="237"/>
        <source>The agency the article was originally taken from</source>
        <translation>خبرگزاری‌ای که خبر در اصل از آن گرفته شده است</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="238"/>
        <source>No sources</source>
        <translation>منبعی نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/sidebar.py" line="240"/>
        <source>Timeline of articles per month</source>
        <translation>گاه‌شمار خبرها در هر ماه</translation>
    </message>
</context>
<context>
    <name>StateToggles</name>
    <message>
        <location filename="../../reader/ui/sidebar/toggles.py" line="35"/>
        <source>Unread only</source>
        <translation>فقط نخوانده‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/toggles.py" line="36"/>
        <source>Starred only</source>
        <translation>فقط ستاره‌دارها</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../reader/ui/sidebar/timeline_paint.py" line="60"/>
        <source>No dated article matches</source>
        <translation>هیچ خبر تاریخ‌داری پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/timeline_paint.py" line="62"/>
        <source>No dated articles yet</source>
        <translation>هنوز خبر تاریخ‌داری نیست</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/timeline_paint.py" line="138"/>
        <source>Timeline</source>
        <translation>گاه‌شمار</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/timeline.py" line="226"/>
        <source>Left and Right choose a month, Shift extends the range, Enter shows its days.</source>
        <extracomment>How many bars away a click on an empty month looks for one with articles.</extracomment>
        <translation>کلیدهای چپ و راست ماه را برمی‌گزینند، Shift بازه را بزرگ‌تر می‌کند و Enter روزهای آن ماه را نشان می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/timeline.py" line="229"/>
        <source>Left and Right choose a day, Backspace goes back to the months.</source>
        <translation>کلیدهای چپ و راست روز را برمی‌گزینند و Backspace به ماه‌ها بازمی‌گردد.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/timeline.py" line="241"/>
        <source>Back to all months</source>
        <translation>بازگشت به همهٔ ماه‌ها</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/timeline.py" line="253"/>
        <source>Double-click to see its days</source>
        <translation>برای دیدن روزهایش دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/timeline_paint.py" line="242"/>
        <source>%1 article</source>
        <translation>%1 خبر</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar/timeline_paint.py" line="244"/>
        <source>%1 articles</source>
        <translation>%1 خبر</translation>
    </message>
</context>
</TS>
