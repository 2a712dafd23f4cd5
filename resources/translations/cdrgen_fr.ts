<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>ConfigEditor</name>
    <message>
        <source>Sections of config.yml; a warning sign marks a section with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call and antenna types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges and area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation and logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realism</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>the .env file the connection values were read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load .env…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read DB_* values from a .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the records go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file (embedded, default), ODBC (SQL Server, PostgreSQL… through a driver), native PostgreSQL (COPY) or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite database or CSV file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC &amp;driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed ODBC drivers (odbcinst.ini); DB_DRIVER in .env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the installed drivers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DS&amp;N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a configured data source name instead of a driver (DB_DSN); optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or address (DB_SERVER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port; empty = the driver default (DB_PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database name (DB_NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name (DB_USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (DB_PASSWORD); kept in memory only, never saved to a preset or the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC &amp;options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra Key=value;Key=value ODBC attributes (DB_OPTIONS), e.g. Encrypt=yes;TrustServerCertificate=yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table to create or resume (CDR_TABLE); letters, digits and _, optionally schema.table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and close a connection to the target in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result of the last connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing table and retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the table &amp;exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume: continue after the highest id; replace: drop it first; fail: refuse a table with rows (database.if_exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds to wait for a connection (database.connect_timeout_s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tries per batch, the first one included (database.retry.attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait before the first retry (database.retry.initial_delay_ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Multiplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backoff multiplier between retries (database.retry.multiplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap of one wait before jitter (database.retry.max_delay_ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random +/- fraction of each wait (database.retry.jitter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total number of records, ids 1..N (generation.records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows per transaction (generation.batch_size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same seed + same config = the same records (generation.seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first possible call start, Belgian wall-clock time (generation.period.start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last possible call start, inclusive (generation.period.end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator threads; 0 = all cores (generation.threads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubscribers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of subscribers; 0 = derived from the record count (generation.subscribers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least severe level written to the log file and pane (logging.level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python logging syntax, e.g. %(asctime)s - %(levelname)s - %(message)s (logging.format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log file path; empty = no file (logging.file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least severe level shown in the pane (the log file follows logging.level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autoscroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or every shown line when nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the pane (the log file keeps everything)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cdrgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a config.yml (the same files the CLI reads) (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a config.yml (the same files the CLI reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the configuration to its file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the configuration to its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the configuration to a new config.yml (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the configuration to a new config.yml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load .&amp;env…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read database and e-mail settings from a .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close cdrgen (Ctrl+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close cdrgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the first records without writing anything (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the first records without writing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the configured records into the target (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the configured records into the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; the table stays resumable (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; the table stays resumable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About cdrgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and data sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Show &amp;homes of the previewed callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey dots: caller_lat_home / caller_lon_home of the records on the Preview tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all of Belgium again (or double-click the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · hover an antenna for details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorsPanel</name>
    <message>
        <source>Mobile operators of the generated subscribers. Market shares are percentages and must add up to 100 %. Number blocks are national prefixes (e.g. 047, 0456); leave empty to let the engine assign free 04x blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append an operator with a 0 % share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start is blocked until the shares add up to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the first records (ids 1..N) to preview; they are exactly the rows a run writes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the first records in the background without writing anything (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column header to sort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangesPanel</name>
    <message>
        <source>Ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum: call duration in seconds (ranges.duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum: call duration in seconds (ranges.duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antenna &amp;ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum: antenna ids ANT&lt;min&gt;..ANT&lt;max&gt;; one antenna per id (ranges.antenna_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum: antenna ids ANT&lt;min&gt;..ANT&lt;max&gt;; one antenna per id (ranges.antenna_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ltitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum: antenna altitude in metres (ranges.altitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum: antenna altitude in metres (ranges.altitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounding box (drawn on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates outside Belgium are never generated; the box limits antennas and homes further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;titude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> °</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum: latitude in degrees (geography.latitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum: latitude in degrees (geography.latitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;ngitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum: longitude in degrees (geography.longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum: longitude in degrees (geography.longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the box to Belgium&apos;s border</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RealismPanel</name>
    <message>
        <source>Call durations (lognormal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice median:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median duration of answered voice calls (realism.voice_median_s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice si&amp;gma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lognormal sigma of answered voice calls (realism.voice_sigma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data median:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median duration of data sessions (realism.data_median_s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sig&amp;ma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lognormal sigma of data sessions (realism.data_sigma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact call share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of calls to the caller&apos;s own contacts (realism.contact_call_share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean co&amp;ntacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean contact-list size, heavy-tailed (realism.mean_contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Away from home share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of calls placed away from home (realism.away_from_home_share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekend activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend day volume relative to a weekday (realism.weekend_activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMEI change share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribers who switch handset once (realism.imei_change_share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity s&amp;kew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto shape of per-subscriber activity (realism.activity_skew)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>&amp;Start run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the configured records into the target (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; the table stays resumable (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;e-mail when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail the run summary to RECIPIENT_EMAIL (SMTP settings from .env)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SMTP settings from .env by sending a short test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows written by this run / rows it has to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypesPanel</name>
    <message>
        <source>Call types and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data_types.call_types with realism.call_type_weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data_types.call_status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antenna types and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data_types.antenna_types with realism.antenna_type_weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status weights per call type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realism.status_weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::AboutDialog</name>
    <message>
        <source>About cdrgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic Belgian Call Detail Record generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cdrgen licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Generates realistic synthetic Belgian Call Detail Records for building and testing analytics without personal data.&lt;/p&gt;&lt;p&gt;Copyright &amp;copy; 2026 The cdrgen authors. Released under the MIT licence: free to use, copy, modify and distribute, without warranty.&lt;/p&gt;&lt;h4&gt;Data&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Borders&lt;/b&gt;: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 1:10m and 1:50m admin-0 countries (public domain), via the world-atlas package (ISC).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Places and populations&lt;/b&gt;: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames, geonames.org&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; Belgian places of 1,000 inhabitants or more, reduced to five columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Numbering plan&lt;/b&gt;: Belgian mobile number blocks and network codes are facts from Google&apos;s libphonenumber metadata (Apache-2.0) and publications of the BIPT.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;Built with&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPLv3)&lt;/li&gt;&lt;li&gt;yaml-cpp (MIT)&lt;/li&gt;&lt;li&gt;spdlog %2 (MIT)&lt;/li&gt;&lt;li&gt;libcurl (curl licence)&lt;/li&gt;&lt;li&gt;SQLite (public domain), libpq (PostgreSQL licence), unixODBC (LGPL), xxHash (BSD-2-Clause)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::ConfigEditor</name>
    <message>
        <source>✓ The configuration is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) block the run; the marked sections explain them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The market shares must add up to 100 % before a run can start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::DatabasePanel</name>
    <message>
        <source>SQLite file (embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC (SQL Server, PostgreSQL, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL (native, COPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sql.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cdrdb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .env file loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODBC %1 %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an ODBC driver or a DSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::LanguageMenu</name>
    <message>
        <source>cdrgen will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::LogPane</name>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::MailSender</name>
    <message>
        <source>No e-mail settings: set GMAIL_USERNAME, GMAIL_APP_PASSWORD and RECIPIENT_EMAIL in .env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::MainWindow</name>
    <message>
        <source>Open configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML configuration (*.yml *.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load .env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env files (.env *.env);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 with warnings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save configuration as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML configuration (*.yml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .env file found; values from the process environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection values from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start is blocked: fix the problems shown on the Configuration tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, table %2 · %3 records in batches of %4 · seed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the summary e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress. Cancel it and quit?

The current batch is finished first; the table stays resumable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::MapPanel</name>
    <message>
        <source>Fix the configuration to see its antennas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the world…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World build failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::MapWidget</name>
    <message numerus="yes">
        <source>%n antennas</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>caller homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ANT%1&lt;/b&gt;&lt;br&gt;type %2&lt;br&gt;operator %3&lt;br&gt;altitude %4 m&lt;br&gt;%5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::OperatorsModel</name>
    <message>
        <source>National prefixes such as 047, 0456, 04510; empty = the engine assigns free 04x blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of subscribers; all operators together must make 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCC-MNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::OperatorsPanel</name>
    <message>
        <source>Shares total: %1 % ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares total: %1 % — must be 100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::PresetManager</name>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian default (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration shipped with cdrgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presets are saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::PreviewCharts</name>
    <message>
        <source>Calls per hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration by call type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator shares (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour of the call start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview (caller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of subscribers / callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>duration axis label: seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>duration axis label: minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>duration axis label: hours</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::PreviewPanel</name>
    <message>
        <source>Nothing previewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration changed since this preview; generate it again to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems on the Configuration tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Building the world and generating %n record(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records (ids 1–%1) in %2 s. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::RunPanel</name>
    <message>
        <source>No run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the target and building the world…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Target:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in %2 (%3 rows/s) into %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Ids %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 The table is resumable: start again to continue after id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s on average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::SectionPanel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::StatusWeightsTable</name>
    <message>
        <source>Relative weight of each status per call type (e.g. SMS are never MISSED); empty = default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cdr::gui::WeightedListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights are relative (they need not add up to 100); empty = default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
