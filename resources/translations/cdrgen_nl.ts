<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>ConfigEditor</name>
    <message>
        <source>Sections of config.yml; a warning sign marks a section with a problem</source>
        <translation>Secties van config.yml; een waarschuwingsteken markeert een sectie met een probleem</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Call and antenna types</source>
        <translation>Oproep- en antennetypes</translation>
    </message>
    <message>
        <source>Ranges and area</source>
        <translation>Bereiken en gebied</translation>
    </message>
    <message>
        <source>Generation and logging</source>
        <translation>Generatie en logboek</translation>
    </message>
    <message>
        <source>Realism</source>
        <translation>Realisme</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Fraud scenarios</source>
        <translation>Fraudescenario&apos;s</translation>
    </message>
    <message>
        <source>Dirty data</source>
        <translation>Vuile data</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>the .env file the connection values were read from</source>
        <translation>het .env-bestand waaruit de verbindingsgegevens komen</translation>
    </message>
    <message>
        <source>&amp;Load .env…</source>
        <translation>.&amp;env laden…</translation>
    </message>
    <message>
        <source>Read DB_* values from a .env file</source>
        <translation>De DB_*-waarden uit een .env-bestand lezen</translation>
    </message>
    <message>
        <source>Where the records go</source>
        <translation>Waar de records naartoe gaan</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Doe&amp;l:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Het bestand kiezen</translation>
    </message>
    <message>
        <source>ODBC &amp;driver:</source>
        <translation>&amp;ODBC-driver:</translation>
    </message>
    <message>
        <source>installed ODBC drivers (odbcinst.ini); DB_DRIVER in .env</source>
        <translation>geïnstalleerde ODBC-drivers (odbcinst.ini); DB_DRIVER in .env</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Read the installed drivers again</source>
        <translation>De geïnstalleerde drivers opnieuw inlezen</translation>
    </message>
    <message>
        <source>DS&amp;N:</source>
        <translation>DS&amp;N:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>a configured data source name instead of a driver (DB_DSN); optional</source>
        <translation>een geconfigureerde gegevensbron in plaats van een driver (DB_DSN); optioneel</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>host name or address (DB_SERVER)</source>
        <translation>hostnaam of adres (DB_SERVER)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>TCP port; empty = the driver default (DB_PORT)</source>
        <translation>TCP-poort; leeg = standaardpoort van de driver (DB_PORT)</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>database name (DB_NAME)</source>
        <translation>naam van de database (DB_NAME)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Gebrui&amp;ker:</translation>
    </message>
    <message>
        <source>user name (DB_USER)</source>
        <translation>gebruikersnaam (DB_USER)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>password (DB_PASSWORD); kept in memory only, never saved to a preset or the settings</source>
        <translation>wachtwoord (DB_PASSWORD); enkel in het geheugen bewaard, nooit in een voorinstelling of de instellingen opgeslagen</translation>
    </message>
    <message>
        <source>ODBC &amp;options:</source>
        <translation>ODB&amp;C-opties:</translation>
    </message>
    <message>
        <source>extra Key=value;Key=value ODBC attributes (DB_OPTIONS), e.g. Encrypt=yes;TrustServerCertificate=yes</source>
        <translation>extra ODBC-attributen Sleutel=waarde;Sleutel=waarde (DB_OPTIONS), bv. Encrypt=yes;TrustServerCertificate=yes</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>&amp;Tabel:</translation>
    </message>
    <message>
        <source>table to create or resume (CDR_TABLE); letters, digits and _, optionally schema.table</source>
        <translation>tabel om aan te maken of te hervatten (CDR_TABLE); letters, cijfers en _, eventueel schema.tabel</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verbinding testen</translation>
    </message>
    <message>
        <source>Open and close a connection to the target in the background</source>
        <translation>Op de achtergrond een verbinding met het doel openen en weer sluiten</translation>
    </message>
    <message>
        <source>result of the last connection test</source>
        <translation>resultaat van de laatste verbindingstest</translation>
    </message>
    <message>
        <source>If the table &amp;exists:</source>
        <translation>&amp;Als de tabel bestaat:</translation>
    </message>
    <message>
        <source>resume: continue after the highest id; replace: drop it first; fail: refuse a table with rows (database.if_exists)</source>
        <translation>hervatten: verdergaan na de hoogste id; vervangen: eerst verwijderen; weigeren: stoppen als de tabel rijen bevat (database.if_exists)</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Verb&amp;indingstime-out:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>seconds to wait for a connection (database.connect_timeout_s)</source>
        <translation>aantal seconden wachten op een verbinding (database.connect_timeout_s)</translation>
    </message>
    <message>
        <source>Retry &amp;attempts:</source>
        <translation>Po&amp;gingen:</translation>
    </message>
    <message>
        <source>tries per batch, the first one included (database.retry.attempts)</source>
        <translation>pogingen per batch, de eerste inbegrepen (database.retry.attempts)</translation>
    </message>
    <message>
        <source>&amp;Initial delay:</source>
        <translation>Eerste wac&amp;httijd:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>wait before the first retry (database.retry.initial_delay_ms)</source>
        <translation>wachttijd voor de eerste nieuwe poging (database.retry.initial_delay_ms)</translation>
    </message>
    <message>
        <source>&amp;Multiplier:</source>
        <translation>Vermenigv&amp;uldiger:</translation>
    </message>
    <message>
        <source>backoff multiplier between retries (database.retry.multiplier)</source>
        <translation>factor waarmee de wachttijd tussen pogingen toeneemt (database.retry.multiplier)</translation>
    </message>
    <message>
        <source>Ma&amp;x delay:</source>
        <translation>&amp;Maximale wachttijd:</translation>
    </message>
    <message>
        <source>cap of one wait before jitter (database.retry.max_delay_ms)</source>
        <translation>bovengrens van één wachttijd, vóór de willekeurige spreiding (database.retry.max_delay_ms)</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Spreiding:</translation>
    </message>
    <message>
        <source>random +/- fraction of each wait (database.retry.jitter)</source>
        <translation>willekeurige fractie +/- van elke wachttijd (database.retry.jitter)</translation>
    </message>
    <message>
        <source>Show S&amp;QL…</source>
        <translation>S&amp;QL tonen…</translation>
    </message>
    <message>
        <source>The CREATE statements a run executes for this target&apos;s database, to copy or save (connects to nothing)</source>
        <translation>De CREATE-instructies die een run op de database van dit doel uitvoert, om te kopiëren of op te slaan (maakt geen verbinding)</translation>
    </message>
    <message>
        <source>Write the &amp;ground truth (subscribers, antennas, run)</source>
        <translation>Re&amp;ferentiegegevens wegschrijven (abonnees, antennes, run)</translation>
    </message>
    <message>
        <source>also write &lt;table&gt;_subscribers, &lt;table&gt;_antennas, &lt;table&gt;_events, &lt;table&gt;_labels and &lt;table&gt;_runs (CSV: sibling files) that every record agrees with (database.world_tables)</source>
        <translation>schrijft ook &lt;table&gt;_subscribers, &lt;table&gt;_antennas, &lt;table&gt;_events, &lt;table&gt;_labels en &lt;table&gt;_runs weg (CSV: bestanden ernaast), waarmee elk record overeenstemt (database.world_tables)</translation>
    </message>
    <message>
        <source>Quer&amp;y time limit:</source>
        <translation>Ma&amp;ximale queryduur:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>longest time one statement may run on an ODBC target before it is cancelled and retried; 0 = no limit (database.query_timeout_s)</source>
        <translation>langste tijd dat één opdracht op een ODBC-doel mag lopen voordat ze wordt afgebroken en opnieuw geprobeerd; 0 = geen limiet (database.query_timeout_s)</translation>
    </message>
    <message>
        <source>Existing table, timeouts, retries, ground truth</source>
        <translation>Bestaande tabel, time-outs, nieuwe pogingen, referentiegegevens</translation>
    </message>
    <message>
        <source>Pro&amp;file a table…</source>
        <translation>Tabel &amp;profileren…</translation>
    </message>
    <message>
        <source>Profile this target&apos;s table, or a CSV or SQLite file, and open the realism report in the browser</source>
        <translation>De tabel van dit doel, of een CSV- of SQLite-bestand, profileren en het realismerapport in de browser openen</translation>
    </message>
    <message>
        <source>SQL before and after the load</source>
        <translation>SQL vóór en na het laden</translation>
    </message>
    <message>
        <source>Befo&amp;re the load:</source>
        <translation>Vóó&amp;r het laden:</translation>
    </message>
    <message>
        <source>run after the table is ready and before the first row is written; a failure stops the run before any row (database.before_load_sql)</source>
        <translation>uitgevoerd zodra de tabel klaar is, vóór de eerste rij; een fout stopt de run vóór elke rij (database.before_load_sql)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Bestand…</translation>
    </message>
    <message>
        <source>Choose a .sql file to run instead of typed statements</source>
        <translation>Kies een .sql-bestand om uit te voeren in plaats van getypte opdrachten</translation>
    </message>
    <message>
        <source>After t&amp;he load:</source>
        <translation>Na &amp;het laden:</translation>
    </message>
    <message>
        <source>run after the last batch is committed and the indexes are built (database.after_load_sql)</source>
        <translation>uitgevoerd nadat de laatste batch is vastgelegd en de indexen zijn gebouwd (database.after_load_sql)</translation>
    </message>
    <message>
        <source>SQLite file (embedded, default), a CSV file, ODBC (SQL Server, PostgreSQL… through a driver), native PostgreSQL (COPY), or files for SQL Server without a connection: a T-SQL script or bcp files</source>
        <translation>SQLite-bestand (ingebouwd, standaard), een CSV-bestand, ODBC (SQL Server, PostgreSQL… via een driver), PostgreSQL rechtstreeks (COPY), of bestanden voor SQL Server zonder verbinding: een T-SQL-script of bcp-bestanden</translation>
    </message>
    <message>
        <source>the SQLite database, CSV file or T-SQL script to write, or the folder of the bcp files</source>
        <translation>de SQLite-database, het CSV-bestand of het T-SQL-script om te schrijven, of de map van de bcp-bestanden</translation>
    </message>
    <message>
        <source>Spl&amp;it into one file per:</source>
        <translation>Spl&amp;itsen in één bestand per:</translation>
    </message>
    <message>
        <source>Statements separated by ; (or batches by lines holding only GO), run on the run&apos;s connection; or one line ending in .sql: a file, relative to the preset&apos;s folder. Not for CSV, bcp files or split files.</source>
        <translation>Opdrachten gescheiden door ; (of batches door regels met alleen GO), uitgevoerd op de verbinding van de run; of één regel die op .sql eindigt: een bestand, relatief tot de map van de voorinstelling. Niet voor CSV, bcp-bestanden of gesplitste bestanden.</translation>
    </message>
</context>
<context>
    <name>DefectTexts</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplicaten</translation>
    </message>
    <message>
        <source>Missing fields</source>
        <translation>Ontbrekende velden</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Wezen</translation>
    </message>
    <message>
        <source>Timestamp faults</source>
        <translation>Foute tijdstempels</translation>
    </message>
    <message>
        <source>Corrupt values</source>
        <translation>Corrupte waarden</translation>
    </message>
    <message>
        <source>A record repeats an earlier one under a new id (near: its start one second apart).</source>
        <translation>Een record herhaalt een eerder record onder een nieuwe id (bijna: het begin een seconde verschoven).</translation>
    </message>
    <message>
        <source>One cell of the record is written empty (NULL in a database).</source>
        <translation>Eén cel van het record wordt leeg geschreven (NULL in een database).</translation>
    </message>
    <message>
        <source>The record names a caller, handset or antenna that the world&apos;s tables do not have.</source>
        <translation>Het record noemt een beller, toestel of antenne die de wereldtabellen niet hebben.</translation>
    </message>
    <message>
        <source>The start time is impossible: in the future, before the period, past midnight or in a DST change.</source>
        <translation>Het begintijdstip is onmogelijk: in de toekomst, voor de periode, na middernacht of in een uurwissel.</translation>
    </message>
    <message>
        <source>A value breaks its format or range (IMEI, MSISDN, antenna, duration, coordinates).</source>
        <translation>Een waarde breekt met haar formaat of bereik (IMEI, MSISDN, antenne, duur, coördinaten).</translation>
    </message>
    <message>
        <source>exact copy</source>
        <translation>exacte kopie</translation>
    </message>
    <message>
        <source>near copy (start one second apart)</source>
        <translation>bijna-kopie (begin een seconde verschoven)</translation>
    </message>
    <message>
        <source>empty cell</source>
        <translation>lege cel</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>onbekende beller</translation>
    </message>
    <message>
        <source>unknown handset (IMEI)</source>
        <translation>onbekend toestel (IMEI)</translation>
    </message>
    <message>
        <source>unknown antenna</source>
        <translation>onbekende antenne</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in de toekomst</translation>
    </message>
    <message>
        <source>before the period</source>
        <translation>voor de periode</translation>
    </message>
    <message>
        <source>call running past midnight</source>
        <translation>oproep die na middernacht doorloopt</translation>
    </message>
    <message>
        <source>in the spring DST gap</source>
        <translation>in het overgeslagen uur in de lente</translation>
    </message>
    <message>
        <source>in the autumn DST overlap</source>
        <translation>in het dubbele uur in de herfst</translation>
    </message>
    <message>
        <source>IMEI with a wrong check digit</source>
        <translation>IMEI met een fout controlecijfer</translation>
    </message>
    <message>
        <source>MSISDN of the wrong length</source>
        <translation>MSISDN met een verkeerde lengte</translation>
    </message>
    <message>
        <source>MSISDN in an unassigned block</source>
        <translation>MSISDN in een niet-toegewezen blok</translation>
    </message>
    <message>
        <source>antenna id out of range</source>
        <translation>antenne-id buiten bereik</translation>
    </message>
    <message>
        <source>negative duration</source>
        <translation>negatieve duur</translation>
    </message>
    <message>
        <source>extreme duration</source>
        <translation>extreme duur</translation>
    </message>
    <message>
        <source>latitude and longitude swapped</source>
        <translation>breedte- en lengtegraad verwisseld</translation>
    </message>
    <message>
        <source>coordinates outside Belgium</source>
        <translation>coördinaten buiten België</translation>
    </message>
    <message>
        <source>Damaged on purpose (answer key): %1, %2</source>
        <translation>Opzettelijk beschadigd (antwoordsleutel): %1, %2</translation>
    </message>
</context>
<context>
    <name>DefectsPanel</name>
    <message>
        <source>Dirty data on purpose, for testing cleaning and validation: each kind damages the given share of the records (a record takes at most one defect, so the rates add up to 1 at most). Every damaged cell is named in the answer key (the _defects table beside the CDR table, or name_defects.csv beside a CSV file, written with the world tables). All off by default.</source>
        <translation>Opzettelijk vuile data, om opschoning en validatie te testen: elke soort beschadigt het opgegeven aandeel van de records (een record krijgt hoogstens één defect, dus de aandelen tellen op tot hoogstens 1). Elke beschadigde cel staat in de antwoordsleutel (de tabel _defects naast de CDR-tabel, of naam_defects.csv naast een CSV-bestand, geschreven met de wereldtabellen). Standaard staat alles uit.</translation>
    </message>
    <message>
        <source>Dirty-data &amp;preset rates</source>
        <translation>Aandelen van de &amp;voorinstelling dirty-data</translation>
    </message>
    <message>
        <source>Every kind at the rates of the dirty-data preset (config/presets/dirty-data.yml), every variant, the default columns</source>
        <translation>Elke soort aan de aandelen van de voorinstelling dirty-data (config/presets/dirty-data.yml), elke variant, de standaardkolommen</translation>
    </message>
    <message>
        <source>&amp;All off</source>
        <translation>Alles &amp;uit</translation>
    </message>
    <message>
        <source>Every rate 0: the records are those of a run without dirty data</source>
        <translation>Elk aandeel 0: de records zijn die van een run zonder vuile data</translation>
    </message>
    <message>
        <source>In the lists, none ticked means every variant; for the columns, the default columns (those ticked at first).</source>
        <translation>In de lijsten betekent niets aangevinkt elke variant; voor de kolommen de standaardkolommen (die eerst aangevinkt zijn).</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Public holiday</source>
        <translation>Feestdag</translation>
    </message>
    <message>
        <source>New Year&apos;s midnight</source>
        <translation>Middernacht op nieuwjaar</translation>
    </message>
    <message>
        <source>Mass gathering</source>
        <translation>Massa-evenement</translation>
    </message>
    <message>
        <source>Cell outage</source>
        <translation>Antennestoring</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Belgian public &amp;holidays</source>
        <translation>Belgische &amp;feestdagen</translation>
    </message>
    <message>
        <source>The ten public holidays of the period (Easter Monday, Ascension and Whit Monday computed for each year) carry weekend-like traffic (events.holidays)</source>
        <translation>De tien feestdagen van de periode (paasmaandag, Hemelvaart en pinkstermaandag voor elk jaar berekend) krijgen weekendverkeer (events.holidays)</translation>
    </message>
    <message>
        <source>New Year&apos;s midnight</source>
        <translation>Middernacht op nieuwjaar</translation>
    </message>
    <message>
        <source>SMS and voice surge just after midnight on 1 January (events.new_year.enabled)</source>
        <translation>Piek van sms&apos;en en oproepen net na middernacht op 1 januari (events.new_year.enabled)</translation>
    </message>
    <message>
        <source>&amp;Surge length:</source>
        <translation>Duur van de &amp;piek:</translation>
    </message>
    <message>
        <source>minutes after midnight on 1 January with the surge (events.new_year.minutes)</source>
        <translation>minuten na middernacht op 1 januari dat de piek duurt (events.new_year.minutes)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Traffic &amp;multiplier:</source>
        <translation>&amp;Verkeersfactor:</translation>
    </message>
    <message>
        <source>traffic during the surge, times the usual rate of that hour (events.new_year.surge)</source>
        <translation>verkeer tijdens de piek, als veelvoud van het gewone verkeer van dat uur (events.new_year.surge)</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Failure share:</source>
        <translation>Aandeel mislukt:</translation>
    </message>
    <message>
        <source>share of the attempts that fail during the surge (events.new_year.failure_share)</source>
        <translation>aandeel van de pogingen dat tijdens de piek mislukt (events.new_year.failure_share)</translation>
    </message>
    <message>
        <source>Mass gatherings</source>
        <translation>Massa-evenementen</translation>
    </message>
    <message>
        <source>Concerts, festivals, matches: their attendees use the venue&apos;s antennas, which are congested (events.gatherings)</source>
        <translation>Concerten, festivals, wedstrijden: de bezoekers gebruiken de antennes van de locatie, die overbelast raken (events.gatherings)</translation>
    </message>
    <message>
        <source>&amp;Add gathering</source>
        <translation>Evenement &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add a gathering; then click the map to place its venue</source>
        <translation>Een evenement toevoegen; klik daarna op de kaart om de locatie te plaatsen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected gathering</source>
        <translation>Het geselecteerde evenement verwijderen</translation>
    </message>
    <message>
        <source>Cell outages</source>
        <translation>Antennestoringen</translation>
    </message>
    <message>
        <source>The antennas of an area carry no record during the window; their traffic moves to the nearest working antennas (events.outages)</source>
        <translation>De antennes van een gebied dragen tijdens de storing geen enkel record; hun verkeer gaat naar de dichtstbijzijnde werkende antennes (events.outages)</translation>
    </message>
    <message>
        <source>Add &amp;outage</source>
        <translation>St&amp;oring toevoegen</translation>
    </message>
    <message>
        <source>Add an outage; then click the map to place its area</source>
        <translation>Een storing toevoegen; klik daarna op de kaart om het gebied te plaatsen</translation>
    </message>
    <message>
        <source>Remove the selected outage</source>
        <translation>De geselecteerde storing verwijderen</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Geselecteerde gebeurtenis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>the name written to &lt;table&gt;_events</source>
        <translation>de naam die in &lt;table&gt;_events komt</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Ingeschakeld</translation>
    </message>
    <message>
        <source>a disabled event stays in the preset but changes no record</source>
        <translation>een uitgeschakelde gebeurtenis blijft in de voorinstelling maar verandert geen enkel record</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>B&amp;egin:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>dd/MM/yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>first second of the event, wall clock like generation.period (start)</source>
        <translation>eerste seconde van de gebeurtenis, lokale kloktijd zoals generation.period (start)</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>Ein&amp;de:</translation>
    </message>
    <message>
        <source>last second of the event, inclusive (end)</source>
        <translation>laatste seconde van de gebeurtenis, inbegrepen (end)</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Breedtegraad:</translation>
    </message>
    <message>
        <source>the point of the venue or area (latitude); a click on the map sets it</source>
        <translation>het punt van de locatie of het gebied (breedtegraad); een klik op de kaart zet het</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Lon&amp;gitude:</source>
        <translation>&amp;Lengtegraad:</translation>
    </message>
    <message>
        <source>the point of the venue or area (longitude); a click on the map sets it</source>
        <translation>het punt van de locatie of het gebied (lengtegraad); een klik op de kaart zet het</translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation>&amp;Straal:</translation>
    </message>
    <message>
        <source>the antennas within this distance of the point are the event&apos;s (radius_km); the nearest antenna of every operator always is</source>
        <translation>de antennes binnen deze afstand van het punt zijn die van de gebeurtenis (radius_km); de dichtstbijzijnde antenne van elke operator altijd</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>&amp;Failure share:</source>
        <translation>Aandeel &amp;mislukt:</translation>
    </message>
    <message>
        <source>gathering: share of the attempts on the venue&apos;s antennas that fail; outage: share of the moved traffic that fails during the spike (failure_share)</source>
        <translation>evenement: aandeel van de pogingen op de antennes van de locatie dat mislukt; storing: aandeel van het verplaatste verkeer dat tijdens de piek mislukt (failure_share)</translation>
    </message>
    <message>
        <source>Attendan&amp;ce:</source>
        <translation>Be&amp;zoekers:</translation>
    </message>
    <message>
        <source>people at the venue, scaled to the run&apos;s subscribers by Belgium&apos;s population (attendance)</source>
        <translation>mensen op de locatie, herleid tot de abonnees van de run volgens de Belgische bevolking (attendance)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> mensen</translation>
    </message>
    <message>
        <source>Failure s&amp;pike:</source>
        <translation>Piek van mislu&amp;kkingen:</translation>
    </message>
    <message>
        <source>minutes from the start of the outage during which failure_share of the moved traffic fails (spike_minutes)</source>
        <translation>minuten vanaf het begin van de storing waarin failure_share van het verplaatste verkeer mislukt (spike_minutes)</translation>
    </message>
    <message>
        <source>&amp;Zoom to the event</source>
        <translation>Inzoomen op de gebe&amp;urtenis</translation>
    </message>
    <message>
        <source>Show the selected event&apos;s area and its antennas up close (double-click the map to see all of Belgium again)</source>
        <translation>Het gebied van de geselecteerde gebeurtenis en zijn antennes van dichtbij tonen (dubbelklik op de kaart om heel België weer te zien)</translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>Generation</source>
        <translation>Generatie</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>total number of records, ids 1..N (generation.records)</source>
        <translation>totaal aantal records, id&apos;s 1..N (generation.records)</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgrootte:</translation>
    </message>
    <message>
        <source>rows per transaction (generation.batch_size)</source>
        <translation>rijen per transactie (generation.batch_size)</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>same seed + same config = the same records (generation.seed)</source>
        <translation>zelfde seed + zelfde configuratie = dezelfde records (generation.seed)</translation>
    </message>
    <message>
        <source>Period &amp;start:</source>
        <translation>Begin van de &amp;periode:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>dd/MM/yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>first possible call start, Belgian wall-clock time (generation.period.start)</source>
        <translation>vroegst mogelijke start van een oproep, Belgische tijd (generation.period.start)</translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation>&amp;Einde van de periode:</translation>
    </message>
    <message>
        <source>last possible call start, inclusive (generation.period.end)</source>
        <translation>laatst mogelijke start van een oproep, inbegrepen (generation.period.end)</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>alle kernen</translation>
    </message>
    <message>
        <source>generator threads; 0 = all cores (generation.threads)</source>
        <translation>generatorthreads; 0 = alle kernen (generation.threads)</translation>
    </message>
    <message>
        <source>S&amp;ubscribers:</source>
        <translation>&amp;Abonnees:</translation>
    </message>
    <message>
        <source>derived from records</source>
        <translation>afgeleid van het aantal records</translation>
    </message>
    <message>
        <source>number of subscribers; 0 = derived from the record count (generation.subscribers)</source>
        <translation>aantal abonnees; 0 = afgeleid van het aantal records (generation.subscribers)</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau:</translation>
    </message>
    <message>
        <source>least severe level written to the log file and pane (logging.level)</source>
        <translation>minst ernstige niveau dat in het logbestand en het logvenster komt (logging.level)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Python logging syntax, e.g. %(asctime)s - %(levelname)s - %(message)s (logging.format)</source>
        <translation>syntaxis van Pythons logging, bv. %(asctime)s - %(levelname)s - %(message)s (logging.format)</translation>
    </message>
    <message>
        <source>Log f&amp;ile:</source>
        <translation>&amp;Logbestand:</translation>
    </message>
    <message>
        <source>log file path; empty = no file (logging.file)</source>
        <translation>pad van het logbestand; leeg = geen bestand (logging.file)</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation>T&amp;onen:</translation>
    </message>
    <message>
        <source>Least severe level shown in the pane (the log file follows logging.level)</source>
        <translation>Minst ernstige niveau dat het venster toont (het logbestand volgt logging.level)</translation>
    </message>
    <message>
        <source>&amp;Autoscroll</source>
        <translation>Automatisch sc&amp;rollen</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>De nieuwste regel in beeld houden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or every shown line when nothing is selected</source>
        <translation>De geselecteerde regels kopiëren, of alle getoonde regels als er niets geselecteerd is</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Empty the pane (the log file keeps everything)</source>
        <translation>Het venster leegmaken (het logbestand houdt alles bij)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cdrgen</source>
        <translation>cdrgen</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Configuratie</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Voorinstellingen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a config.yml (the same files the CLI reads) (Ctrl+O)</source>
        <translation>Een config.yml openen (dezelfde bestanden die de opdrachtregel leest) (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open a config.yml (the same files the CLI reads)</source>
        <translation>Een config.yml openen (dezelfde bestanden die de opdrachtregel leest)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the configuration to its file (Ctrl+S)</source>
        <translation>De configuratie in haar bestand opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the configuration to its file</source>
        <translation>De configuratie in haar bestand opslaan</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Save the configuration to a new config.yml (Ctrl+Shift+S)</source>
        <translation>De configuratie in een nieuw config.yml opslaan (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Save the configuration to a new config.yml</source>
        <translation>De configuratie in een nieuw config.yml opslaan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Load .&amp;env…</source>
        <translation>.&amp;env laden…</translation>
    </message>
    <message>
        <source>Read database and e-mail settings from a .env file</source>
        <translation>Database- en e-mailinstellingen uit een .env-bestand lezen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>Close cdrgen (Ctrl+Q)</source>
        <translation>cdrgen afsluiten (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Close cdrgen</source>
        <translation>cdrgen afsluiten</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Generate &amp;preview</source>
        <translation>&amp;Voorbeeld genereren</translation>
    </message>
    <message>
        <source>Compute the first records without writing anything (F6)</source>
        <translation>De eerste records berekenen zonder iets weg te schrijven (F6)</translation>
    </message>
    <message>
        <source>Compute the first records without writing anything</source>
        <translation>De eerste records berekenen zonder iets weg te schrijven</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation>Run &amp;starten</translation>
    </message>
    <message>
        <source>Generate the configured records into the target (F5)</source>
        <translation>De geconfigureerde records in het doel genereren (F5)</translation>
    </message>
    <message>
        <source>Generate the configured records into the target</source>
        <translation>De geconfigureerde records in het doel genereren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Run &amp;annuleren</translation>
    </message>
    <message>
        <source>Stop after the current batch; the table stays resumable (Shift+F5)</source>
        <translation>Stoppen na de huidige batch; de tabel kan later hervat worden (Shift+F5)</translation>
    </message>
    <message>
        <source>Stop after the current batch; the table stays resumable</source>
        <translation>Stoppen na de huidige batch; de tabel kan later hervat worden</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;About cdrgen</source>
        <translation>&amp;Over cdrgen</translation>
    </message>
    <message>
        <source>Version, licence and data sources</source>
        <translation>Versie, licentie en gegevensbronnen</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Instellingen</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Show &amp;homes of the previewed callers</source>
        <translation>&amp;Woonplaats van de bellers uit het voorbeeld tonen</translation>
    </message>
    <message>
        <source>Grey dots: caller_lat_home / caller_lon_home of the records on the Preview tab</source>
        <translation>Grijze stippen: caller_lat_home / caller_lon_home van de records op het tabblad Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Beeld herstellen</translation>
    </message>
    <message>
        <source>Show all of Belgium again (or double-click the map)</source>
        <translation>Weer heel België tonen (of dubbelklik op de kaart)</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · drag the red box&apos;s edges to resize it · hover an antenna for details</source>
        <translation>Scrollwiel: zoomen · slepen: verschuiven · sleep de randen van het rode vak om het te vergroten of verkleinen · wijs een antenne aan voor details</translation>
    </message>
</context>
<context>
    <name>MapRecordPainter</name>
    <message>
        <source>home of the caller</source>
        <translation>woonplaats van de beller</translation>
    </message>
    <message>
        <source>emission antenna</source>
        <translation>zendantenne</translation>
    </message>
    <message>
        <source>reception antenna</source>
        <translation>ontvangstantenne</translation>
    </message>
</context>
<context>
    <name>OperatorsPanel</name>
    <message>
        <source>Mobile operators of the generated subscribers. Market shares are percentages and must add up to 100 %. Number blocks are national prefixes (e.g. 047, 0456); leave empty to let the engine assign free 04x blocks.</source>
        <translation>Mobiele operatoren van de gegenereerde abonnees. Marktaandelen zijn percentages en moeten samen 100% zijn. Nummerblokken zijn nationale prefixen (bv. 047, 0456); laat leeg om de generator vrije 04x-blokken te laten toewijzen.</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it</source>
        <translation>Dubbelklik op een cel om ze te bewerken</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>Operator &amp;toevoegen</translation>
    </message>
    <message>
        <source>Append an operator with a 0 % share</source>
        <translation>Een operator met een aandeel van 0% toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected operator</source>
        <translation>De geselecteerde operator verwijderen</translation>
    </message>
    <message>
        <source>Start is blocked until the shares add up to 100 %</source>
        <translation>Starten kan pas als de aandelen samen 100% zijn</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>How many of the first records (ids 1..N) to preview; they are exactly the rows a run writes first</source>
        <translation>Hoeveel van de eerste records (id&apos;s 1..N) in het voorbeeld komen; het zijn precies de rijen die een run eerst schrijft</translation>
    </message>
    <message>
        <source>&amp;Generate preview</source>
        <translation>Voorbeeld &amp;genereren</translation>
    </message>
    <message>
        <source>Compute the first records in the background without writing anything (F6)</source>
        <translation>De eerste records op de achtergrond berekenen zonder iets weg te schrijven (F6)</translation>
    </message>
    <message>
        <source>Click a column header to sort; click a row to show that record on the Map tab (double-click to go there)</source>
        <translation>Klik op een kolomkop om te sorteren; klik op een rij om dat record op het tabblad Kaart te tonen (dubbelklik om erheen te gaan)</translation>
    </message>
</context>
<context>
    <name>RangesPanel</name>
    <message>
        <source>Ranges</source>
        <translation>Bereiken</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Minimum: call duration in seconds (ranges.duration)</source>
        <translation>Minimum: duur van een oproep in seconden (ranges.duration)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Maximum: call duration in seconds (ranges.duration)</source>
        <translation>Maximum: duur van een oproep in seconden (ranges.duration)</translation>
    </message>
    <message>
        <source>Antenna &amp;ids:</source>
        <translation>Antenne-&amp;id&apos;s:</translation>
    </message>
    <message>
        <source>Minimum: antenna ids ANT&lt;min&gt;..ANT&lt;max&gt;; one antenna per id (ranges.antenna_id)</source>
        <translation>Minimum: antenne-id&apos;s ANT&lt;min&gt;..ANT&lt;max&gt;; één antenne per id (ranges.antenna_id)</translation>
    </message>
    <message>
        <source>Maximum: antenna ids ANT&lt;min&gt;..ANT&lt;max&gt;; one antenna per id (ranges.antenna_id)</source>
        <translation>Maximum: antenne-id&apos;s ANT&lt;min&gt;..ANT&lt;max&gt;; één antenne per id (ranges.antenna_id)</translation>
    </message>
    <message>
        <source>A&amp;ltitude:</source>
        <translation>&amp;Hoogte:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Minimum: antenna altitude in metres (ranges.altitude)</source>
        <translation>Minimum: hoogte van de antenne in meter (ranges.altitude)</translation>
    </message>
    <message>
        <source>Maximum: antenna altitude in metres (ranges.altitude)</source>
        <translation>Maximum: hoogte van de antenne in meter (ranges.altitude)</translation>
    </message>
    <message>
        <source>Bounding box (drawn on the map)</source>
        <translation>Begrenzingsvak (op de kaart getekend)</translation>
    </message>
    <message>
        <source>Coordinates outside Belgium are never generated; the box limits antennas and homes further</source>
        <translation>Er worden nooit coördinaten buiten België gegenereerd; het vak beperkt antennes en woonplaatsen nog verder</translation>
    </message>
    <message>
        <source>La&amp;titude:</source>
        <translation>&amp;Breedtegraad:</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Minimum: latitude in degrees (geography.latitude)</source>
        <translation>Minimum: breedtegraad in graden (geography.latitude)</translation>
    </message>
    <message>
        <source>Maximum: latitude in degrees (geography.latitude)</source>
        <translation>Maximum: breedtegraad in graden (geography.latitude)</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude:</source>
        <translation>&amp;Lengtegraad:</translation>
    </message>
    <message>
        <source>Minimum: longitude in degrees (geography.longitude)</source>
        <translation>Minimum: lengtegraad in graden (geography.longitude)</translation>
    </message>
    <message>
        <source>Maximum: longitude in degrees (geography.longitude)</source>
        <translation>Maximum: lengtegraad in graden (geography.longitude)</translation>
    </message>
    <message>
        <source>&amp;Fit to Belgium</source>
        <translation>Aan België &amp;aanpassen</translation>
    </message>
    <message>
        <source>Set the box to Belgium&apos;s border</source>
        <translation>Het vak op de grenzen van België zetten</translation>
    </message>
</context>
<context>
    <name>RealismPanel</name>
    <message>
        <source>Call durations (lognormal)</source>
        <translation>Duur van oproepen (lognormaal)</translation>
    </message>
    <message>
        <source>&amp;Voice median:</source>
        <translation>Mediaan &amp;spraak:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>median duration of answered voice calls (realism.voice_median_s)</source>
        <translation>mediane duur van beantwoorde spraakoproepen (realism.voice_median_s)</translation>
    </message>
    <message>
        <source>Voice si&amp;gma:</source>
        <translation>Sigma s&amp;praak:</translation>
    </message>
    <message>
        <source>lognormal sigma of answered voice calls (realism.voice_sigma)</source>
        <translation>lognormale sigma van beantwoorde spraakoproepen (realism.voice_sigma)</translation>
    </message>
    <message>
        <source>&amp;Data median:</source>
        <translation>Mediaan &amp;data:</translation>
    </message>
    <message>
        <source>median duration of data sessions (realism.data_median_s)</source>
        <translation>mediane duur van datasessies (realism.data_median_s)</translation>
    </message>
    <message>
        <source>Data sig&amp;ma:</source>
        <translation>Sig&amp;ma data:</translation>
    </message>
    <message>
        <source>lognormal sigma of data sessions (realism.data_sigma)</source>
        <translation>lognormale sigma van datasessies (realism.data_sigma)</translation>
    </message>
    <message>
        <source>Subscriber behaviour</source>
        <translation>Gedrag van de abonnees</translation>
    </message>
    <message>
        <source>&amp;Contact call share:</source>
        <translation>Aandeel oproepen naar &amp;contacten:</translation>
    </message>
    <message>
        <source>share of calls to the caller&apos;s own contacts (realism.contact_call_share)</source>
        <translation>aandeel van de oproepen naar de eigen contacten van de beller (realism.contact_call_share)</translation>
    </message>
    <message>
        <source>Mean co&amp;ntacts:</source>
        <translation>Gemiddeld aantal co&amp;ntacten:</translation>
    </message>
    <message>
        <source>mean contact-list size, heavy-tailed (realism.mean_contacts)</source>
        <translation>gemiddelde grootte van de contactenlijst, met zware staart (realism.mean_contacts)</translation>
    </message>
    <message>
        <source>&amp;Away from home share:</source>
        <translation>Aandeel &amp;buitenshuis:</translation>
    </message>
    <message>
        <source>share of calls placed away from home (realism.away_from_home_share)</source>
        <translation>aandeel van de oproepen die buitenshuis gebeuren (realism.away_from_home_share)</translation>
    </message>
    <message>
        <source>&amp;Weekend activity:</source>
        <translation>Activiteit in het &amp;weekend:</translation>
    </message>
    <message>
        <source>weekend day volume relative to a weekday (realism.weekend_activity)</source>
        <translation>volume op een weekenddag ten opzichte van een weekdag (realism.weekend_activity)</translation>
    </message>
    <message>
        <source>&amp;IMEI change share:</source>
        <translation>Aandeel gsm-wissels (&amp;IMEI):</translation>
    </message>
    <message>
        <source>subscribers who switch handset once (realism.imei_change_share)</source>
        <translation>abonnees die één keer van gsm wisselen (realism.imei_change_share)</translation>
    </message>
    <message>
        <source>Activity s&amp;kew:</source>
        <translation>Sc&amp;heefheid van de activiteit:</translation>
    </message>
    <message>
        <source>Pareto shape of per-subscriber activity (realism.activity_skew)</source>
        <translation>Pareto-vorm van de activiteit per abonnee (realism.activity_skew)</translation>
    </message>
    <message>
        <source>Records per subscriber and &amp;day:</source>
        <translation>&amp;Records per abonnee per dag:</translation>
    </message>
    <message>
        <source>records a subscriber places per day; with the period it sets the default subscriber count (realism.daily_records_per_subscriber)</source>
        <translation>records die een abonnee per dag maakt; samen met de periode bepaalt dit het standaardaantal abonnees (realism.daily_records_per_subscriber)</translation>
    </message>
    <message>
        <source>&amp;Landline call share:</source>
        <translation>Aandeel oproepen naar &amp;vaste lijnen:</translation>
    </message>
    <message>
        <source>share of voice/SMS calls to Belgian landlines (realism.landline_call_share)</source>
        <translation>aandeel spraak-/sms-oproepen naar Belgische vaste lijnen (realism.landline_call_share)</translation>
    </message>
    <message>
        <source>&amp;Foreign call share:</source>
        <translation>Aandeel oproepen naar het buiten&amp;land:</translation>
    </message>
    <message>
        <source>share of voice/SMS calls to mobiles of neighbouring countries (realism.foreign_call_share)</source>
        <translation>aandeel spraak-/sms-oproepen naar gsm&apos;s in de buurlanden (realism.foreign_call_share)</translation>
    </message>
    <message>
        <source>Data &amp;sessions:</source>
        <translation>Da&amp;tasessies:</translation>
    </message>
    <message>
        <source>empty: no callee and no receiving side (NULL in databases); filled: the seed&apos;s shape, every column filled (realism.data_sessions)</source>
        <translation>empty: geen opgeroepene en geen ontvangstzijde (NULL in databases); filled: de vorm van de seed, elke kolom ingevuld (realism.data_sessions)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>gevuld</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a run history: %2</source>
        <translation>%1 is geen rungeschiedenis: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>&amp;Start run</source>
        <translation>Run &amp;starten</translation>
    </message>
    <message>
        <source>Generate the configured records into the target (F5)</source>
        <translation>De geconfigureerde records in het doel genereren (F5)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuleren</translation>
    </message>
    <message>
        <source>Stop after the current batch; the table stays resumable (Shift+F5)</source>
        <translation>Stoppen na de huidige batch; de tabel kan later hervat worden (Shift+F5)</translation>
    </message>
    <message>
        <source>Send &amp;e-mail when done</source>
        <translation>&amp;E-mail sturen als het klaar is</translation>
    </message>
    <message>
        <source>Mail the run summary to RECIPIENT_EMAIL (SMTP settings from .env)</source>
        <translation>De samenvatting van de run naar RECIPIENT_EMAIL mailen (SMTP-instellingen uit .env)</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation>&amp;Test-e-mail sturen</translation>
    </message>
    <message>
        <source>Check the SMTP settings from .env by sending a short test message</source>
        <translation>De SMTP-instellingen uit .env controleren met een kort testbericht</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Rows written by this run / rows it has to write</source>
        <translation>Rijen die deze run geschreven heeft / rijen die hij moet schrijven</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Rows per second between two progress updates, and the latency of the slowest batch written in between</source>
        <translation>Rijen per seconde tussen twee voortgangsupdates, en de latentie van de traagste batch die daartussen geschreven werd</translation>
    </message>
    <message>
        <source>Run &amp;history</source>
        <translation>Run&amp;geschiedenis</translation>
    </message>
    <message>
        <source>The last 50 runs, kept between sessions</source>
        <translation>De laatste 50 runs, bewaard tussen sessies</translation>
    </message>
    <message>
        <source>Run again with this pre&amp;set</source>
        <translation>&amp;Opnieuw met deze voorinstelling</translation>
    </message>
    <message>
        <source>Load the configuration of the selected run into the editor; Start then runs it again</source>
        <translation>Laadt de configuratie van de gekozen run in de editor; Starten voert ze dan opnieuw uit</translation>
    </message>
</context>
<context>
    <name>ScenarioTexts</name>
    <message>
        <source>box SIMs active at any time, as a share of subscribers</source>
        <translation>SIM&apos;s van boxen die op elk moment actief zijn, als aandeel van de abonnees</translation>
    </message>
    <message>
        <source>SIM slots of one box</source>
        <translation>simsleuven van één box</translation>
    </message>
    <message>
        <source>handset modules (IMEIs) the box&apos;s SIMs share</source>
        <translation>toestelmodules (IMEI&apos;s) die de sims van de box delen</translation>
    </message>
    <message>
        <source>antennas a box is seen on</source>
        <translation>antennes waarop een box gezien wordt</translation>
    </message>
    <message>
        <source>days a SIM works before the box rotates it</source>
        <translation>dagen dat een sim werkt voor de box hem vervangt</translation>
    </message>
    <message>
        <source>outgoing calls of one SIM a day</source>
        <translation>uitgaande oproepen van één sim per dag</translation>
    </message>
    <message>
        <source>subscribers who get a one-ring call, as a share of subscribers</source>
        <translation>abonnees die een oproep krijgen die één keer overgaat, als aandeel van de abonnees</translation>
    </message>
    <message>
        <source>campaigns (each has its own numbers and bursts)</source>
        <translation>campagnes (elk met eigen nummers en golven)</translation>
    </message>
    <message>
        <source>foreign numbers one campaign calls from</source>
        <translation>buitenlandse nummers waarvandaan één campagne belt</translation>
    </message>
    <message>
        <source>bursts of calls of one campaign</source>
        <translation>golven van oproepen van één campagne</translation>
    </message>
    <message>
        <source>length of one burst, in minutes</source>
        <translation>duur van één golf, in minuten</translation>
    </message>
    <message>
        <source>victims who call the number back</source>
        <translation>slachtoffers die het nummer terugbellen</translation>
    </message>
    <message>
        <source>hijacked subscribers, as a share of subscribers</source>
        <translation>gekaapte abonnees, als aandeel van de abonnees</translation>
    </message>
    <message>
        <source>days a hijacked SIM is abused</source>
        <translation>dagen dat een gekaapte sim misbruikt wordt</translation>
    </message>
    <message>
        <source>premium calls a day</source>
        <translation>oproepen naar betaalnummers per dag</translation>
    </message>
    <message>
        <source>calls placed at the same time</source>
        <translation>gelijktijdige oproepen</translation>
    </message>
    <message>
        <source>median length of a premium call, in minutes</source>
        <translation>mediane duur van een oproep naar een betaalnummer, in minuten</translation>
    </message>
    <message>
        <source>fraudulent subscriptions, as a share of subscribers</source>
        <translation>frauduleuze abonnementen, als aandeel van de abonnees</translation>
    </message>
    <message>
        <source>days between a number&apos;s first and last record</source>
        <translation>dagen tussen het eerste en het laatste record van een nummer</translation>
    </message>
    <message>
        <source>calls a day</source>
        <translation>oproepen per dag</translation>
    </message>
    <message>
        <source>calls to foreign numbers, as a share of its calls</source>
        <translation>oproepen naar buitenlandse nummers, als aandeel van zijn oproepen</translation>
    </message>
    <message>
        <source>swapped subscribers, as a share of subscribers</source>
        <translation>abonnees van wie de sim gekaapt wordt, als aandeel van de abonnees</translation>
    </message>
    <message>
        <source>hours until the owner gets the number back</source>
        <translation>uren tot de eigenaar zijn nummer terugkrijgt</translation>
    </message>
    <message>
        <source>one-time-code SMS the number receives</source>
        <translation>sms&apos;jes met eenmalige codes die het nummer ontvangt</translation>
    </message>
    <message>
        <source>calls the fraudster places</source>
        <translation>oproepen van de fraudeur</translation>
    </message>
    <message>
        <source>median distance of the fraudster from the owner&apos;s home, in km</source>
        <translation>mediane afstand van de fraudeur tot de woning van de eigenaar, in km</translation>
    </message>
    <message>
        <source>network test SIMs, as a share of subscribers</source>
        <translation>testsims van het netwerk, als aandeel van de abonnees</translation>
    </message>
    <message>
        <source>test calls a day (96: one every 15 minutes)</source>
        <translation>testoproepen per dag (96: één per kwartier)</translation>
    </message>
    <message>
        <source>agent lines, as a share of subscribers</source>
        <translation>agentlijnen, als aandeel van de abonnees</translation>
    </message>
    <message>
        <source>agent lines of one centre</source>
        <translation>agentlijnen van één center</translation>
    </message>
    <message>
        <source>outgoing calls of one agent line a working day</source>
        <translation>uitgaande oproepen van één agentlijn per werkdag</translation>
    </message>
    <message>
        <source>subscribers with more SIMs in their handset, as a share of subscribers</source>
        <translation>abonnees met meer sims in hun toestel, als aandeel van de abonnees</translation>
    </message>
    <message>
        <source>SIMs besides the subscriber&apos;s own</source>
        <translation>sims naast die van de abonnee zelf</translation>
    </message>
    <message>
        <source>an extra SIM&apos;s records, relative to an average subscriber&apos;s</source>
        <translation>records van een extra sim, ten opzichte van die van een gemiddelde abonnee</translation>
    </message>
    <message>
        <source>SIM box</source>
        <translation>SIM-box</translation>
    </message>
    <message>
        <source>Wangiri (one-ring calls)</source>
        <translation>Wangiri (één keer overgaan)</translation>
    </message>
    <message>
        <source>Premium-rate fraud (IRSF)</source>
        <translation>Fraude met betaalnummers (IRSF)</translation>
    </message>
    <message>
        <source>Subscription fraud</source>
        <translation>Abonnementsfraude</translation>
    </message>
    <message>
        <source>SIM swap</source>
        <translation>SIM-swap</translation>
    </message>
    <message>
        <source>Network test probe</source>
        <translation>Testsonde van het netwerk</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Callcenter</translation>
    </message>
    <message>
        <source>Several SIMs in one handset</source>
        <translation>Meerdere sims in één toestel</translation>
    </message>
    <message>
        <source>Boxes at fixed places hold many SIMs of our operators that share a few IMEIs and turn foreign calls into local ones: heavy outgoing voice to many callees at all hours, almost nothing incoming, no SMS, no data.</source>
        <translation>Boxen op vaste plaatsen bevatten veel sims van onze operatoren die enkele IMEI&apos;s delen en buitenlandse oproepen in lokale omzetten: veel uitgaande oproepen naar veel bestemmelingen op elk uur, bijna niets inkomend, geen sms, geen data.</translation>
    </message>
    <message>
        <source>Foreign numbers of high-cost ranges ring many subscribers once, in bursts, often at night; some victims call back and pay.</source>
        <translation>Buitenlandse nummers uit dure reeksen laten veel abonnees één keer overgaan, in golven, vaak &apos;s nachts; sommige slachtoffers bellen terug en betalen.</translation>
    </message>
    <message>
        <source>Hijacked SIMs call international premium ranges: long calls, several at once, at night and at weekends.</source>
        <translation>Gekaapte sims bellen internationale betaalnummers: lange oproepen, meerdere tegelijk, &apos;s nachts en in het weekend.</translation>
    </message>
    <message>
        <source>Numbers first seen mid-period with immediate heavy international use, gone within days.</source>
        <translation>Nummers die halverwege de periode opduiken met meteen veel internationaal verkeer, en binnen enkele dagen weer verdwijnen.</translation>
    </message>
    <message>
        <source>A subscriber&apos;s number moves to a new handset in a new place, receives one-time codes by SMS and calls out, while the old handset goes silent.</source>
        <translation>Het nummer van een abonnee verhuist naar een nieuw toestel op een nieuwe plaats, ontvangt eenmalige codes per sms en belt uit, terwijl het oude toestel stil valt.</translation>
    </message>
    <message>
        <source>Legitimate: network test SIMs at fixed places call many numbers around the clock.</source>
        <translation>Legitiem: testsims van het netwerk op vaste plaatsen bellen de klok rond veel nummers.</translation>
    </message>
    <message>
        <source>Legitimate: agent lines place many outgoing calls to many callees in business hours.</source>
        <translation>Legitiem: agentlijnen plaatsen tijdens de kantooruren veel uitgaande oproepen naar veel bestemmelingen.</translation>
    </message>
    <message>
        <source>Legitimate: two or three SIMs of one person in one handset.</source>
        <translation>Legitiem: twee of drie sims van één persoon in één toestel.</translation>
    </message>
    <message>
        <source>0 = the textbook signature a simple rule finds; 1 = imitates ordinary subscribers (traffic among themselves, human hours, a few places): harder to find, still named by the answer key</source>
        <translation>0 = de handboeksignatuur die een eenvoudige regel vindt; 1 = bootst gewone abonnees na (verkeer onderling, menselijke uren, enkele plaatsen): moeilijker te vinden, nog steeds benoemd door de antwoordsleutel</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>fraude</translation>
    </message>
    <message>
        <source>look-alike</source>
        <translation>legitieme dubbelganger</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>slachtoffer</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a scenario&apos;s name, then the answer key&apos;s group number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · group %3</source>
        <translation>%1 · %2 · groep %3</translation>
    </message>
    <message>
        <source>caller: %1</source>
        <translation>beller: %1</translation>
    </message>
    <message>
        <source>callee: %1</source>
        <translation>gebelde: %1</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>S&amp;cenarios:</source>
        <translation>S&amp;cenario&apos;s:</translation>
    </message>
    <message>
        <source>Fraud &amp;lab: all on</source>
        <translation>Fraude&amp;lab: alles aan</translation>
    </message>
    <message>
        <source>Switch every scenario on with its default settings over the whole period, as the fraud-lab preset does</source>
        <translation>Zet elk scenario aan met zijn standaardinstellingen over de hele periode, zoals de voorinstelling fraud-lab</translation>
    </message>
    <message>
        <source>&amp;All off</source>
        <translation>Alles &amp;uit</translation>
    </message>
    <message>
        <source>Switch every scenario off (their settings are kept)</source>
        <translation>Zet alle scenario&apos;s uit (hun instellingen blijven bewaard)</translation>
    </message>
    <message>
        <source>&amp;Sites of the SIM boxes, test probes and call centres:</source>
        <translation>Loc&amp;aties van de SIM-boxen, testsondes en callcenters:</translation>
    </message>
    <message>
        <source>&amp;Zoom to the site</source>
        <translation>&amp;Zoom naar de locatie</translation>
    </message>
    <message>
        <source>Centre the map on the selected site and zoom in on its antennas</source>
        <translation>Centreer de kaart op de gekozen locatie en zoom in op haar antennes</translation>
    </message>
    <message>
        <source>The places the run puts its SIM boxes, test probes and call centres (from the answer key); select one to ring its antennas on the map</source>
        <translation>De plaatsen waar de run zijn SIM-boxen, testsondes en callcenters zet (uit de antwoordsleutel); kies er een om zijn antennes op de kaart te omcirkelen</translation>
    </message>
    <message>
        <source>Fraud, and legitimate behaviours that trip naive fraud rules, for testing detection. Every number taking part is named in the answer key (the _labels table beside the CDR table, e.g. cdr_labels, written with the world tables), never in the records. All off by default.</source>
        <translation>Fraude, en legitiem gedrag dat naïeve fraudregels misleidt, om detectie te testen. Elk betrokken nummer staat in de antwoordsleutel (de tabel _labels naast de CDR-tabel, bv. cdr_labels, geschreven met de wereldtabellen), nooit in de records. Standaard staat alles uit.</translation>
    </message>
    <message>
        <source>Tick a scenario to generate it (scenarios.NAME.enabled); select it to edit its settings</source>
        <translation>Vink een scenario aan om het te genereren (scenarios.NAME.enabled); selecteer het om zijn instellingen te wijzigen</translation>
    </message>
</context>
<context>
    <name>TargetFiles</name>
    <message>
        <source>Folder of the bcp files</source>
        <translation>Map van de bcp-bestanden</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.csv.gz);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>T-SQL script</source>
        <translation>T-SQL-script</translation>
    </message>
    <message>
        <source>T-SQL scripts (*.sql *.sql.gz);;All files (*)</source>
        <translation>T-SQL-scripts (*.sql *.sql.gz);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-database</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>Writes %1, … (a file per %2 that has records), %3, the format file and the load scripts, in %4</source>
        <translation>Schrijft %1, … (een bestand per %2 met records), %3, het formaatbestand en de laadscripts, in %4</translation>
    </message>
    <message>
        <source>Writes %1, … (a file per %2 that has records) and %3, in %4</source>
        <translation>Schrijft %1, … (een bestand per %2 met records) en %3, in %4</translation>
    </message>
</context>
<context>
    <name>TypesPanel</name>
    <message>
        <source>Call types and weights</source>
        <translation>Oproeptypes en gewichten</translation>
    </message>
    <message>
        <source>data_types.call_types with realism.call_type_weights</source>
        <translation>data_types.call_types met realism.call_type_weights</translation>
    </message>
    <message>
        <source>Call statuses</source>
        <translation>Oproepstatussen</translation>
    </message>
    <message>
        <source>data_types.call_status</source>
        <translation>data_types.call_status</translation>
    </message>
    <message>
        <source>Antenna types and weights</source>
        <translation>Antennetypes en gewichten</translation>
    </message>
    <message>
        <source>data_types.antenna_types with realism.antenna_type_weights</source>
        <translation>data_types.antenna_types met realism.antenna_type_weights</translation>
    </message>
    <message>
        <source>Status weights per call type</source>
        <translation>Gewichten van de statussen per oproeptype</translation>
    </message>
    <message>
        <source>realism.status_weights</source>
        <translation>realism.status_weights</translation>
    </message>
</context>
<context>
    <name>cdr::gui::AboutDialog</name>
    <message>
        <source>About cdrgen</source>
        <translation>Over cdrgen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Synthetic Belgian Call Detail Record generator</source>
        <translation>Generator van synthetische Belgische Call Detail Records (CDR)</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licentie</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>cdrgen licence</source>
        <translation>Licentie van cdrgen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Generates realistic synthetic Belgian Call Detail Records for building and testing analytics without personal data.&lt;/p&gt;&lt;p&gt;Copyright &amp;copy; 2026 The cdrgen authors. Released under the MIT licence: free to use, copy, modify and distribute, without warranty.&lt;/p&gt;&lt;h4&gt;Data&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Borders&lt;/b&gt;: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 1:10m and 1:50m admin-0 countries (public domain), via the world-atlas package (ISC).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Places and populations&lt;/b&gt;: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames, geonames.org&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; Belgian places of 1,000 inhabitants or more, reduced to five columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Numbering plan&lt;/b&gt;: Belgian mobile number blocks and network codes are facts from Google&apos;s libphonenumber metadata (Apache-2.0) and publications of the BIPT.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;Built with&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPLv3)&lt;/li&gt;&lt;li&gt;yaml-cpp (MIT)&lt;/li&gt;&lt;li&gt;spdlog %2 (MIT)&lt;/li&gt;&lt;li&gt;libcurl (curl licence)&lt;/li&gt;&lt;li&gt;SQLite (public domain), libpq (PostgreSQL licence), unixODBC (LGPL), xxHash (BSD-2-Clause)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Genereert realistische synthetische Belgische Call Detail Records (CDR) om analyses te bouwen en te testen zonder persoonsgegevens.&lt;/p&gt;&lt;p&gt;Copyright &amp;copy; 2026 De auteurs van cdrgen. Uitgebracht onder de MIT-licentie: vrij te gebruiken, kopiëren, wijzigen en verspreiden, zonder garantie.&lt;/p&gt;&lt;h4&gt;Gegevens&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Grenzen&lt;/b&gt;: admin-0-landen van &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; op 1:10m en 1:50m (publiek domein), via het pakket world-atlas (ISC).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plaatsen en bevolking&lt;/b&gt;: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames, geonames.org&lt;/a&gt;, onder licentie &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; Belgische plaatsen met 1.000 inwoners of meer, beperkt tot vijf kolommen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nummeringsplan&lt;/b&gt;: de Belgische mobiele nummerblokken en netwerkcodes zijn feiten uit de libphonenumber-metadata van Google (Apache-2.0) en publicaties van het BIPT.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;Gebouwd met&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPLv3)&lt;/li&gt;&lt;li&gt;yaml-cpp (MIT)&lt;/li&gt;&lt;li&gt;spdlog %2 (MIT)&lt;/li&gt;&lt;li&gt;libcurl (curl-licentie)&lt;/li&gt;&lt;li&gt;SQLite (publiek domein), libpq (PostgreSQL-licentie), unixODBC (LGPL), xxHash (BSD-2-Clause)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>cdr::gui::ConfigEditor</name>
    <message>
        <source>✓ The configuration is valid.</source>
        <translation>✓ De configuratie is geldig.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) block the run; the marked sections explain them.</source>
        <translation>
            <numerusform>%n probleem verhindert de run; de gemarkeerde secties leggen het uit.</numerusform>
            <numerusform>%n problemen verhinderen de run; de gemarkeerde secties leggen ze uit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The market shares must add up to 100 % before a run can start.</source>
        <translation>De marktaandelen moeten samen 100% zijn voor een run kan starten.</translation>
    </message>
</context>
<context>
    <name>cdr::gui::DatabasePanel</name>
    <message>
        <source>SQLite file (embedded)</source>
        <translation>SQLite-bestand (ingebouwd)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-bestand</translation>
    </message>
    <message>
        <source>ODBC (SQL Server, PostgreSQL, …)</source>
        <translation>ODBC (SQL Server, PostgreSQL, …)</translation>
    </message>
    <message>
        <source>PostgreSQL (native, COPY)</source>
        <translation>PostgreSQL (rechtstreeks, COPY)</translation>
    </message>
    <message>
        <source>e.g. sql.example.com</source>
        <translation>bv. sql.example.com</translation>
    </message>
    <message>
        <source>e.g. cdrdb</source>
        <translation>bv. cdrdb</translation>
    </message>
    <message>
        <source>No .env file loaded.</source>
        <translation>Geen .env-bestand geladen.</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>CSV %1</source>
        <translation>CSV %1</translation>
    </message>
    <message>
        <source>ODBC %1 %2/%3</source>
        <translation>ODBC %1 %2/%3</translation>
    </message>
    <message>
        <source>PostgreSQL %1/%2</source>
        <translation>PostgreSQL %1/%2</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Kies het bestand om te schrijven.</translation>
    </message>
    <message>
        <source>Choose an ODBC driver or a DSN.</source>
        <translation>Kies een ODBC-driver of een DSN.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabel: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>✓ Connected: %1</source>
        <translation>✓ Verbonden: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>hervatten</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>weigeren</translation>
    </message>
    <message>
        <source>The database behind this ODBC target is known only once connected: SQL Server is shown, choose another dialect if needed.</source>
        <translation>De database achter dit ODBC-doel is pas gekend na het verbinden: SQL Server wordt getoond, kies zo nodig een ander dialect.</translation>
    </message>
    <message>
        <source>A CSV target runs no SQL. Choose the database you will load the file into.</source>
        <translation>Een CSV-doel voert geen SQL uit. Kies de database waarin u het bestand zult laden.</translation>
    </message>
    <message>
        <source>This target&apos;s table</source>
        <translation>De tabel van dit doel</translation>
    </message>
    <message>
        <source>A CSV or SQLite file…</source>
        <translation>Een CSV- of SQLite-bestand…</translation>
    </message>
    <message>
        <source>Profile a table</source>
        <translation>Tabel profileren</translation>
    </message>
    <message>
        <source>CDR tables (*.csv *.csv.gz *.sqlite *.db);;All files (*)</source>
        <translation>CDR-tabellen (*.csv *.csv.gz *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>SQL file</source>
        <translation>SQL-bestand</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>SQL-bestanden (*.sql)</translation>
    </message>
    <message>
        <source>T-SQL script for SQL Server (.sql, .sql.gz)</source>
        <translation>T-SQL-script voor SQL Server (.sql, .sql.gz)</translation>
    </message>
    <message>
        <source>bcp files for SQL Server (folder)</source>
        <translation>bcp-bestanden voor SQL Server (map)</translation>
    </message>
    <message>
        <source>none (one file)</source>
        <translation>geen (één bestand)</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>M&amp;ap:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>One file per day or hour of the records&apos; start times, with a manifest of the files (the command line&apos;s --split)</source>
        <translation>Eén bestand per dag of per uur van de begintijden van de records, met een manifest van de bestanden (--split op de opdrachtregel)</translation>
    </message>
    <message>
        <source>Only files are split: choose a CSV file, a T-SQL script or bcp files (the command line&apos;s --split refuses a database target)</source>
        <translation>Alleen bestanden worden gesplitst: kies een CSV-bestand, een T-SQL-script of bcp-bestanden (--split op de opdrachtregel weigert een database als doel)</translation>
    </message>
    <message>
        <source>A T-SQL script, bcp files and split files cannot be read back: load them into a database and profile its table, or profile a CSV file</source>
        <translation>Een T-SQL-script, bcp-bestanden en gesplitste bestanden kunnen niet worden teruggelezen: laad ze in een database en profileer de tabel, of profileer een CSV-bestand</translation>
    </message>
    <message>
        <source>A CSV file runs no SQL: load it into a database and run the SQL there.</source>
        <translation>Een CSV-bestand voert geen SQL uit: laad het in een database en voer de SQL daar uit.</translation>
    </message>
    <message>
        <source>Split files are each loaded on their own: run the SQL once with sqlcmd -i (or psql -f) before and after loading them.</source>
        <translation>Gesplitste bestanden worden elk apart geladen: voer de SQL één keer uit met sqlcmd -i (of psql -f) voor en na het laden.</translation>
    </message>
    <message>
        <source>A bcp folder runs no SQL: run it with sqlcmd -i before and after load.sh, or write a T-SQL script, which holds it.</source>
        <translation>Een bcp-map voert geen SQL uit: voer die uit met sqlcmd -i voor en na load.sh, of schrijf een T-SQL-script, dat ze bevat.</translation>
    </message>
    <message>
        <source>Choose a .sql file to run instead of typed statements</source>
        <translation>Kies een .sql-bestand om uit te voeren in plaats van getypte opdrachten</translation>
    </message>
    <message>
        <source>%1 A run with this target stops before it starts while these fields hold text: empty them.</source>
        <translation>%1 Een run naar dit doel stopt voor de start zolang deze velden tekst bevatten: maak ze leeg.</translation>
    </message>
    <message>
        <source>T-SQL script %1</source>
        <translation>T-SQL-script %1</translation>
    </message>
    <message>
        <source>bcp files in %1</source>
        <translation>bcp-bestanden in %1</translation>
    </message>
    <message>
        <source>%1, one file per day</source>
        <translation>%1, één bestand per dag</translation>
    </message>
    <message>
        <source>%1, one file per hour</source>
        <translation>%1, één bestand per uur</translation>
    </message>
    <message>
        <source>Choose the folder to write.</source>
        <translation>Kies de map om naar te schrijven.</translation>
    </message>
</context>
<context>
    <name>cdr::gui::DefectKindForm</name>
    <message>
        <source>&amp;Duplicates (duplicates)</source>
        <translation>&amp;Duplicaten (duplicates)</translation>
    </message>
    <message>
        <source>&amp;Missing fields (missing_fields)</source>
        <translation>&amp;Ontbrekende velden (missing_fields)</translation>
    </message>
    <message>
        <source>&amp;Orphans (orphans)</source>
        <translation>&amp;Wezen (orphans)</translation>
    </message>
    <message>
        <source>&amp;Timestamp faults (timestamp_faults)</source>
        <translation>&amp;Foute tijdstempels (timestamp_faults)</translation>
    </message>
    <message>
        <source>&amp;Corrupt values (corrupt_values)</source>
        <translation>&amp;Corrupte waarden (corrupt_values)</translation>
    </message>
    <message>
        <source>The share of the records that take this defect: 0.01 is one record in a hundred.</source>
        <translation>Het aandeel van de records dat dit defect krijgt: 0.01 is één record op honderd.</translation>
    </message>
    <message>
        <source>Rate (0 to 1):</source>
        <translation>Aandeel (0 tot 1):</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Varianten:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <source>= %1 % of the records</source>
        <translation>= %1 % van de records</translation>
    </message>
    <message>
        <source>The default columns are every column but id and the receiving side, which are empty in a clean record whenever the callee is off-net.</source>
        <translation>De standaardkolommen zijn alle kolommen behalve id en de ontvangende kant, die in een schoon record leeg zijn wanneer de opgeroepene buiten het net zit.</translation>
    </message>
</context>
<context>
    <name>cdr::gui::EventsPanel</name>
    <message>
        <source>New gathering %1</source>
        <translation>Nieuw evenement %1</translation>
    </message>
    <message>
        <source>New outage %1</source>
        <translation>Nieuwe storing %1</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Geselecteerde gebeurtenis</translation>
    </message>
    <message>
        <source>Selected gathering</source>
        <translation>Geselecteerd evenement</translation>
    </message>
    <message>
        <source>Selected outage</source>
        <translation>Geselecteerde storing</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (uit)</translation>
    </message>
    <message>
        <source>Select or add a gathering or an outage, then click the map to place it. Orange: gatherings; red: outages; dashed: switched off.</source>
        <translation>Selecteer of voeg een evenement of een storing toe en klik dan op de kaart om het te plaatsen. Oranje: evenementen; rood: storingen; gestreept: uitgeschakeld.</translation>
    </message>
    <message>
        <source>A click on the map moves &quot;%1&quot; there; its circle shows the radius. Wheel: zoom · drag: pan.</source>
        <translation>Een klik op de kaart verplaatst &quot;%1&quot; daarheen; de cirkel toont de straal. Wiel: zoomen · slepen: verschuiven.</translation>
    </message>
    <message numerus="yes">
        <source>%n antenna(s) ringed: the event&apos;s (within the radius, and the nearest one of every operator).</source>
        <translation>
            <numerusform>%n antenne omcirkeld: die van de gebeurtenis (binnen de straal, en de dichtstbijzijnde van elke operator).</numerusform>
            <numerusform>%n antennes omcirkeld: die van de gebeurtenis (binnen de straal, en de dichtstbijzijnde van elke operator).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdr::gui::LanguageMenu</name>
    <message>
        <source>cdrgen will use the new language the next time it starts.</source>
        <translation>cdrgen gebruikt de nieuwe taal vanaf de volgende keer dat het start.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>cdr::gui::LogPane</name>
    <message>
        <source>Debug and above</source>
        <translation>Debug en hoger</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info en hoger</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Waarschuwingen en fouten</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Alleen fouten</translation>
    </message>
</context>
<context>
    <name>cdr::gui::MailSender</name>
    <message>
        <source>No e-mail settings: set GMAIL_USERNAME, GMAIL_APP_PASSWORD and RECIPIENT_EMAIL in .env.</source>
        <translation>Geen e-mailinstellingen: vul GMAIL_USERNAME, GMAIL_APP_PASSWORD en RECIPIENT_EMAIL in het .env-bestand in.</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>%1 verstuurd.</translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 niet verstuurd: %2</translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation>Test-e-mail</translation>
    </message>
    <message>
        <source>Summary e-mail</source>
        <translation>Samenvattingsmail</translation>
    </message>
</context>
<context>
    <name>cdr::gui::MainWindow</name>
    <message>
        <source>Open configuration</source>
        <translation>Configuratie openen</translation>
    </message>
    <message>
        <source>YAML configuration (*.yml *.yaml);;All files (*)</source>
        <translation>YAML-configuratie (*.yml *.yaml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Load .env</source>
        <translation>.env laden</translation>
    </message>
    <message>
        <source>.env files (.env *.env);;All files (*)</source>
        <translation>.env-bestanden (.env *.env);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Sending a test e-mail…</source>
        <translation>Test-e-mail wordt verstuurd…</translation>
    </message>
    <message>
        <source>Cannot open configuration</source>
        <translation>Kan de configuratie niet openen</translation>
    </message>
    <message>
        <source>%1 has problems:

%2</source>
        <translation>%1 bevat problemen:

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Geopend: %1</translation>
    </message>
    <message>
        <source>Opened %1 with warnings: %2</source>
        <translation>Geopend: %1, met waarschuwingen: %2</translation>
    </message>
    <message>
        <source>Cannot save configuration</source>
        <translation>Kan de configuratie niet opslaan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Save configuration as</source>
        <translation>Configuratie opslaan als</translation>
    </message>
    <message>
        <source>YAML configuration (*.yml *.yaml)</source>
        <translation>YAML-configuratie (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>No .env file found; values from the process environment.</source>
        <translation>Geen .env-bestand gevonden; waarden uit de omgeving van het proces.</translation>
    </message>
    <message>
        <source>Connection values from %1.</source>
        <translation>Verbindingsgegevens uit %1.</translation>
    </message>
    <message>
        <source>Start is blocked: fix the problems shown on the Configuration tab first.</source>
        <translation>Starten kan niet: los eerst de problemen op het tabblad Configuratie op.</translation>
    </message>
    <message>
        <source>%1, table %2 · %3 records in batches of %4 · seed %5</source>
        <translation>%1, tabel %2 · %3 records in batches van %4 · seed %5</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Kan niet starten</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Annuleren na de huidige batch…</translation>
    </message>
    <message>
        <source>Sending the summary e-mail…</source>
        <translation>Samenvattingsmail wordt verstuurd…</translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation>Run bezig</translation>
    </message>
    <message>
        <source>A run is in progress. Cancel it and quit?

The current batch is finished first; the table stays resumable.</source>
        <translation>Er loopt een run. Annuleren en afsluiten?

De huidige batch wordt eerst afgewerkt; de tabel kan later hervat worden.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The configuration %1 has unsaved changes. Save them first?</source>
        <translation>De configuratie %1 heeft niet-opgeslagen wijzigingen. Eerst opslaan?</translation>
    </message>
    <message>
        <source>The run history was not saved: %1</source>
        <translation>De rungeschiedenis werd niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Cannot load this run</source>
        <translation>Kan deze run niet laden</translation>
    </message>
    <message>
        <source>The history holds no configuration for this run.</source>
        <translation>De geschiedenis bevat geen configuratie voor deze run.</translation>
    </message>
    <message>
        <source>Loaded the configuration of the run started %1 (preset %2); Start runs it again.</source>
        <translation>Configuratie geladen van de run gestart op %1 (voorinstelling %2); Starten voert ze opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>cdr::gui::MapPanel</name>
    <message>
        <source>Fix the configuration to see its antennas.</source>
        <translation>Verbeter de configuratie om de antennes te zien.</translation>
    </message>
    <message>
        <source>Building the world…</source>
        <translation>Gesimuleerde wereld wordt opgebouwd…</translation>
    </message>
    <message>
        <source>World build failed: %1</source>
        <translation>Opbouw van de gesimuleerde wereld mislukt: %1</translation>
    </message>
    <message>
        <source>Record %1: the caller&apos;s home, the emission antenna (ANT%2)</source>
        <translation>Record %1: woonplaats van de beller, zendantenne (ANT%2)</translation>
    </message>
    <message>
        <source>Record %1: the caller&apos;s home, the emission antenna (ANT%2) and the reception antenna (ANT%3)</source>
        <translation>Record %1: woonplaats van de beller, zendantenne (ANT%2) en ontvangstantenne (ANT%3)</translation>
    </message>
    <message>
        <source>The box was not changed. %1</source>
        <translation>Het begrenzingsvak werd niet gewijzigd. %1</translation>
    </message>
</context>
<context>
    <name>cdr::gui::MapWidget</name>
    <message numerus="yes">
        <source>%n antennas</source>
        <translation>
            <numerusform>%Ln antenne</numerusform>
            <numerusform>%Ln antennes</numerusform>
        </translation>
    </message>
    <message>
        <source>caller homes</source>
        <translation>woonplaatsen van bellers</translation>
    </message>
    <message>
        <source>&lt;b&gt;ANT%1&lt;/b&gt;&lt;br&gt;type %2&lt;br&gt;operator %3&lt;br&gt;altitude %4 m&lt;br&gt;%5, %6</source>
        <translation>&lt;b&gt;ANT%1&lt;/b&gt;&lt;br&gt;type %2&lt;br&gt;operator %3&lt;br&gt;hoogte %4 m&lt;br&gt;%5, %6</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
</context>
<context>
    <name>cdr::gui::OperatorsModel</name>
    <message>
        <source>National prefixes such as 047, 0456, 04510; empty = the engine assigns free 04x blocks</source>
        <translation>Nationale prefixen zoals 047, 0456, 04510; leeg = de generator wijst vrije 04x-blokken toe</translation>
    </message>
    <message>
        <source>Percent of subscribers; all operators together must make 100 %</source>
        <translation>Percentage van de abonnees; alle operatoren samen moeten 100% zijn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Market share %</source>
        <translation>Marktaandeel %</translation>
    </message>
    <message>
        <source>MCC-MNC</source>
        <translation>MCC-MNC</translation>
    </message>
    <message>
        <source>Number blocks</source>
        <translation>Nummerblokken</translation>
    </message>
</context>
<context>
    <name>cdr::gui::OperatorsPanel</name>
    <message>
        <source>Shares total: %1 % ✓</source>
        <translation>Totaal van de aandelen: %1% ✓</translation>
    </message>
    <message>
        <source>Shares total: %1 % — must be 100 %</source>
        <translation>Totaal van de aandelen: %1% — moet 100% zijn</translation>
    </message>
</context>
<context>
    <name>cdr::gui::PeriodChart</name>
    <message>
        <source>Records per hour over the period</source>
        <translation>Records per uur over de periode</translation>
    </message>
    <message>
        <source>Records per hour over the period (estimated from a sample of %1 records)</source>
        <translation>Records per uur over de periode (geschat uit een steekproef van %1 records)</translation>
    </message>
    <message>
        <source>records / hour</source>
        <translation>records / uur</translation>
    </message>
    <message>
        <source>records per hour</source>
        <translation>records per uur</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>daggemiddelde</translation>
    </message>
</context>
<context>
    <name>cdr::gui::PresetManager</name>
    <message>
        <source>untitled</source>
        <translation>naamloos</translation>
    </message>
    <message>
        <source>Belgian default</source>
        <translation>België (standaard)</translation>
    </message>
    <message>
        <source>Belgian default (built in)</source>
        <translation>België (standaard, ingebouwd)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>The configuration shipped with cdrgen</source>
        <translation>De configuratie die met cdrgen meegeleverd wordt</translation>
    </message>
    <message>
        <source>Your presets are saved in %1</source>
        <translation>Je voorinstellingen worden opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>cdr::gui::PreviewCharts</name>
    <message>
        <source>Calls per hour of day</source>
        <translation>Oproepen per uur van de dag</translation>
    </message>
    <message>
        <source>Duration by call type</source>
        <translation>Duur per oproeptype</translation>
    </message>
    <message>
        <source>Operator shares (%)</source>
        <translation>Aandelen van de operatoren (%)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Oproepen</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>oproepen</translation>
    </message>
    <message>
        <source>hour of the call start</source>
        <translation>uur waarop de oproep start</translation>
    </message>
    <message>
        <source>duration up to</source>
        <translation>duur tot</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <source>preview (caller)</source>
        <translation>voorbeeld (beller)</translation>
    </message>
    <message>
        <source>% of subscribers / callers</source>
        <translation>% van de abonnees / bellers</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>duration axis label: seconds</comment>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>duration axis label: minutes</comment>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>duration axis label: hours</comment>
        <translation>%1u</translation>
    </message>
</context>
<context>
    <name>cdr::gui::PreviewPanel</name>
    <message>
        <source>Nothing previewed yet.</source>
        <translation>Nog geen voorbeeld.</translation>
    </message>
    <message>
        <source>The configuration changed since this preview; generate it again to update.</source>
        <translation>De configuratie is gewijzigd sinds dit voorbeeld; genereer het opnieuw om het bij te werken.</translation>
    </message>
    <message>
        <source>Fix the problems on the Configuration tab first.</source>
        <translation>Los eerst de problemen op het tabblad Configuratie op.</translation>
    </message>
    <message numerus="yes">
        <source>Building the world and generating %n record(s)…</source>
        <translation>
            <numerusform>Gesimuleerde wereld opbouwen en %Ln record genereren…</numerusform>
            <numerusform>Gesimuleerde wereld opbouwen en %Ln records genereren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Voorbeeld mislukt: %1</translation>
    </message>
    <message>
        <source>%1 records (ids 1–%1) in %2 s. Nothing was written.</source>
        <translation>%1 records (id&apos;s 1–%1) in %2 s. Er is niets weggeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>The answer key names a number of %n of them (last column).</source>
        <translation>
            <numerusform>De antwoordsleutel benoemt een nummer van %n ervan (laatste kolom).</numerusform>
            <numerusform>De antwoordsleutel benoemt een nummer van %n ervan (laatste kolom).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them damaged on purpose (tinted cells; the tooltip names the defect).</source>
        <translation>
            <numerusform>%n ervan opzettelijk beschadigd (gekleurde cellen; de tooltip noemt het defect).</numerusform>
            <numerusform>%n ervan opzettelijk beschadigd (gekleurde cellen; de tooltip noemt het defect).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdr::gui::RecordTableModel</name>
    <message>
        <source>answer key (not in the CDR)</source>
        <translation>antwoordsleutel (niet in de CDR)</translation>
    </message>
    <message>
        <source>The answer key names neither number of this record</source>
        <translation>De antwoordsleutel benoemt geen van beide nummers van dit record</translation>
    </message>
    <message>
        <source>From the answer key (the _labels table beside the CDR table), not from the record: %1</source>
        <translation>Uit de antwoordsleutel (de tabel _labels naast de CDR-tabel), niet uit het record: %1</translation>
    </message>
    <message>
        <source>A copy of record %1.</source>
        <translation>Een kopie van record %1.</translation>
    </message>
    <message>
        <source>Clean value: %1</source>
        <translation>Schone waarde: %1</translation>
    </message>
    <message>
        <source>Clean value: empty</source>
        <translation>Schone waarde: leeg</translation>
    </message>
</context>
<context>
    <name>cdr::gui::ReportActions</name>
    <message>
        <source>Open &amp;report</source>
        <translation>&amp;Rapport openen</translation>
    </message>
    <message>
        <source>Profile the rows of the last run, read back from its target, and open the report in the browser</source>
        <translation>De rijen van de laatste run, teruggelezen uit het doel, profileren en het rapport in de browser openen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Reading the rows of %1…</source>
        <translation>De rijen van %1 lezen…</translation>
    </message>
    <message>
        <source>Reading the rows of %1: %2 so far…</source>
        <translation>De rijen van %1 lezen: %2 tot nu toe…</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Geen rapport</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Het rapport kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>This run writes a T-SQL script, bcp files or split files, which a report cannot read back: load them into a database and profile its table with Profile a table… on the Database tab</source>
        <translation>Deze run schrijft een T-SQL-script, bcp-bestanden of gesplitste bestanden, die een rapport niet kan teruglezen: laad ze in een database en profileer de tabel met Tabel profileren… op het tabblad Database</translation>
    </message>
</context>
<context>
    <name>cdr::gui::ReportJob</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>cdr::gui::RunChart</name>
    <message>
        <source>rows/s</source>
        <translation>rijen/s</translation>
    </message>
    <message>
        <source>batch latency (ms)</source>
        <translation>batchlatentie (ms)</translation>
    </message>
    <message>
        <source>seconds since the first batch</source>
        <translation>seconden sinds de eerste batch</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>cdr::gui::RunHistoryModel</name>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Voorinstelling: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Rijen/s</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>cdr::gui::RunPanel</name>
    <message>
        <source>No run yet.</source>
        <translation>Nog geen run.</translation>
    </message>
    <message>
        <source>Preparing the target and building the world…</source>
        <translation>Doel voorbereiden en gesimuleerde wereld opbouwen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Doel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 / %2 records</source>
        <translation>%1 / %2 records</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 rijen/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Resterende tijd: %1</translation>
    </message>
    <message>
        <source>%1, table %2</source>
        <translation>%1, tabel %2</translation>
    </message>
    <message>
        <source>%1 rows in %2 (%3 rows/s) into %4.</source>
        <translation>%1 rijen in %2 (%3 rijen/s) naar %4.</translation>
    </message>
    <message>
        <source>✓ Completed: %1</source>
        <translation>✓ Voltooid: %1</translation>
    </message>
    <message>
        <source> Ids %1–%2.</source>
        <translation> Id&apos;s %1–%2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 The table is resumable: start again to continue after id %2.</source>
        <translation>Geannuleerd: %1 De tabel kan hervat worden: start opnieuw om verder te gaan na id %2.</translation>
    </message>
    <message>
        <source>✗ Failed: %1 %2</source>
        <translation>✗ Mislukt: %1 %2</translation>
    </message>
    <message>
        <source>%1 rows/s on average</source>
        <translation>gemiddeld %1 rijen/s</translation>
    </message>
</context>
<context>
    <name>cdr::gui::ScenarioForm</name>
    <message>
        <source>fraud</source>
        <translation>fraude</translation>
    </message>
    <message>
        <source>legitimate look-alike</source>
        <translation>legitieme dubbelganger</translation>
    </message>
    <message>
        <source>&amp;Enabled in the run</source>
        <translation>&amp;Ingeschakeld in de run</translation>
    </message>
    <message>
        <source>Generate this scenario&apos;s records and answer-key rows (%1)</source>
        <translation>De records van dit scenario en zijn rijen in de antwoordsleutel genereren (%1)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <source>Off: from the start of generation.period. On: from this time (%1)</source>
        <translation>Uit: vanaf het begin van generation.period. Aan: vanaf dit tijdstip (%1)</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Off: until the end of generation.period. On: until this time (%1)</source>
        <translation>Uit: tot het einde van generation.period. Aan: tot dit tijdstip (%1)</translation>
    </message>
    <message>
        <source>&amp;Prevalence:</source>
        <translation>&amp;Prevalentie:</translation>
    </message>
    <message>
        <source>&amp;Mimicry:</source>
        <translation>&amp;Nabootsing:</translation>
    </message>
    <message>
        <source>textbook signature ← → like ordinary subscribers</source>
        <translation>handboeksignatuur ← → zoals gewone abonnees</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <source>%1 (%2; from %3 to %4, default %5)</source>
        <translation>%1 (%2; van %3 tot %4, standaard %5)</translation>
    </message>
</context>
<context>
    <name>cdr::gui::ScenariosPanel</name>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Legitimate look-alikes</source>
        <translation>Legitieme dubbelgangers</translation>
    </message>
    <message>
        <source>Fix the configuration to see where the scenarios&apos; sites are.</source>
        <translation>Verbeter de configuratie om te zien waar de locaties van de scenario&apos;s liggen.</translation>
    </message>
    <message>
        <source>Placing the scenarios in the world…</source>
        <translation>De scenario&apos;s worden in de wereld geplaatst…</translation>
    </message>
    <message>
        <source>The scenarios cannot be placed: %1</source>
        <translation>De scenario&apos;s kunnen niet geplaatst worden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n antenna(s)</source>
        <translation>
            <numerusform>%1: %n antenne</numerusform>
            <numerusform>%1: %n antennes</numerusform>
        </translation>
    </message>
    <message>
        <source>No site: switch on the SIM box, the network test probe or the call centre to place theirs.</source>
        <translation>Geen locatie: zet de SIM-box, de testsonde van het netwerk of het callcenter aan om die van hen te plaatsen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: its %n antenna(s) are ringed. Wheel: zoom · drag: pan.</source>
        <translation>
            <numerusform>%1: %n antenne omcirkeld. Wiel: zoomen · slepen: verschuiven.</numerusform>
            <numerusform>%1: %n antennes omcirkeld. Wiel: zoomen · slepen: verschuiven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdr::gui::SectionPanel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
</context>
<context>
    <name>cdr::gui::SqlDdlDialog</name>
    <message>
        <source>SQL for table %1</source>
        <translation>SQL voor tabel %1</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialect:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>SQL opslaan</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-bestanden (*.sql);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>cdr::gui::StatusWeightsTable</name>
    <message>
        <source>Relative weight of each status per call type (e.g. SMS are never MISSED); empty = default</source>
        <translation>Relatief gewicht van elke status per oproeptype (bv. een sms is nooit MISSED); leeg = standaard</translation>
    </message>
</context>
<context>
    <name>cdr::gui::WeightedListEditor</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Weights are relative (they need not add up to 100); empty = default</source>
        <translation>Gewichten zijn relatief (ze hoeven samen geen 100 te zijn); leeg = standaard</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Een item toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Het geselecteerde item verwijderen</translation>
    </message>
    <message>
        <source>NEW%1</source>
        <translation>NIEUW%1</translation>
    </message>
</context>
</TS>
