<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportProgressDialog</name>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="102"/>
        <source>%Ln article(s) imported</source>
        <translation>
            <numerusform>%Ln article imported</numerusform>
            <numerusform>%Ln articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="104"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="141"/>
        <source>about %Ln second(s) left</source>
        <translation>
            <numerusform>about %Ln second left</numerusform>
            <numerusform>about %Ln seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="143"/>
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>about %Ln minute left</numerusform>
            <numerusform>about %Ln minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="189"/>
        <source>%Ln new article(s) added.</source>
        <translation>
            <numerusform>%Ln new article added.</numerusform>
            <numerusform>%Ln new articles added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="191"/>
        <source>%Ln duplicate(s) were already in the library.</source>
        <translation>
            <numerusform>%Ln duplicate was already in the library.</numerusform>
            <numerusform>%Ln duplicates were already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="193"/>
        <source>%Ln unchanged file(s) were not read again.</source>
        <translation>
            <numerusform>%Ln unchanged file was not read again.</numerusform>
            <numerusform>%Ln unchanged files were not read again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="198"/>
        <source>%Ln changed file(s) held only articles already in the library; their first import is kept.</source>
        <translation>
            <numerusform>%Ln changed file held only articles already in the library; its first import is kept.</numerusform>
            <numerusform>%Ln changed files held only articles already in the library; their first import is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="205"/>
        <source>%Ln file(s) or record(s) skipped:</source>
        <translation>
            <numerusform>%Ln file or record skipped:</numerusform>
            <numerusform>%Ln files or records skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_dialogs.py" line="209"/>
        <source>%Ln article(s) imported with something left out (listed below).</source>
        <translation>
            <numerusform>%Ln article imported with something left out (listed below).</numerusform>
            <numerusform>%Ln articles imported with something left out (listed below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reader/ui/status_bar.py" line="46"/>
        <source>%Ln articles</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
</TS>
