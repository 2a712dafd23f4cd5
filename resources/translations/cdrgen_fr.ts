<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>ConfigEditor</name>
    <message>
        <source>Sections of config.yml; a warning sign marks a section with a problem</source>
        <translation>Sections de config.yml&#xa0;; un signe d&apos;avertissement marque une section qui pose problème</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Call and antenna types</source>
        <translation>Types d&apos;appel et d&apos;antenne</translation>
    </message>
    <message>
        <source>Ranges and area</source>
        <translation>Plages et zone</translation>
    </message>
    <message>
        <source>Generation and logging</source>
        <translation>Génération et journal</translation>
    </message>
    <message>
        <source>Realism</source>
        <translation>Réalisme</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Fraud scenarios</source>
        <translation>Scénarios de fraude</translation>
    </message>
    <message>
        <source>Dirty data</source>
        <translation>Données sales</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>the .env file the connection values were read from</source>
        <translation>le fichier .env d&apos;où viennent les paramètres de connexion</translation>
    </message>
    <message>
        <source>&amp;Load .env…</source>
        <translation>C&amp;harger un .env…</translation>
    </message>
    <message>
        <source>Read DB_* values from a .env file</source>
        <translation>Lire les valeurs DB_* d&apos;un fichier .env</translation>
    </message>
    <message>
        <source>Where the records go</source>
        <translation>Destination des enregistrements</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>ODBC &amp;driver:</source>
        <translation>&amp;Pilote ODBC&#xa0;:</translation>
    </message>
    <message>
        <source>installed ODBC drivers (odbcinst.ini); DB_DRIVER in .env</source>
        <translation>pilotes ODBC installés (odbcinst.ini)&#xa0;; DB_DRIVER dans .env</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the installed drivers again</source>
        <translation>Relire la liste des pilotes installés</translation>
    </message>
    <message>
        <source>DS&amp;N:</source>
        <translation>DS&amp;N&#xa0;:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>a configured data source name instead of a driver (DB_DSN); optional</source>
        <translation>une source de données configurée au lieu d&apos;un pilote (DB_DSN)&#xa0;; facultatif</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>host name or address (DB_SERVER)</source>
        <translation>nom d&apos;hôte ou adresse (DB_SERVER)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>TCP port; empty = the driver default (DB_PORT)</source>
        <translation>port TCP&#xa0;; vide = celui du pilote (DB_PORT)</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>database name (DB_NAME)</source>
        <translation>nom de la base de données (DB_NAME)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>user name (DB_USER)</source>
        <translation>nom d&apos;utilisateur (DB_USER)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de p&amp;asse&#xa0;:</translation>
    </message>
    <message>
        <source>password (DB_PASSWORD); kept in memory only, never saved to a preset or the settings</source>
        <translation>mot de passe (DB_PASSWORD)&#xa0;; gardé en mémoire uniquement, jamais enregistré dans un préréglage ni dans les paramètres</translation>
    </message>
    <message>
        <source>ODBC &amp;options:</source>
        <translation>&amp;Options ODBC&#xa0;:</translation>
    </message>
    <message>
        <source>extra Key=value;Key=value ODBC attributes (DB_OPTIONS), e.g. Encrypt=yes;TrustServerCertificate=yes</source>
        <translation>attributs ODBC supplémentaires Clé=valeur;Clé=valeur (DB_OPTIONS), p. ex. Encrypt=yes;TrustServerCertificate=yes</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <source>table to create or resume (CDR_TABLE); letters, digits and _, optionally schema.table</source>
        <translation>table à créer ou à reprendre (CDR_TABLE)&#xa0;; lettres, chiffres et _, éventuellement schéma.table</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester &amp;la connexion</translation>
    </message>
    <message>
        <source>Open and close a connection to the target in the background</source>
        <translation>Ouvrir puis fermer une connexion à la destination, en arrière-plan</translation>
    </message>
    <message>
        <source>result of the last connection test</source>
        <translation>résultat du dernier test de connexion</translation>
    </message>
    <message>
        <source>If the table &amp;exists:</source>
        <translation>Si la table &amp;existe&#xa0;:</translation>
    </message>
    <message>
        <source>resume: continue after the highest id; replace: drop it first; fail: refuse a table with rows (database.if_exists)</source>
        <translation>reprendre&#xa0;: continuer après l&apos;id le plus élevé&#xa0;; remplacer&#xa0;: la supprimer d&apos;abord&#xa0;; refuser&#xa0;: arrêter si la table contient des lignes (database.if_exists)</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Délai de &amp;connexion&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>seconds to wait for a connection (database.connect_timeout_s)</source>
        <translation>secondes d&apos;attente d&apos;une connexion (database.connect_timeout_s)</translation>
    </message>
    <message>
        <source>Retry &amp;attempts:</source>
        <translation>Tentati&amp;ves&#xa0;:</translation>
    </message>
    <message>
        <source>tries per batch, the first one included (database.retry.attempts)</source>
        <translation>essais par lot, le premier compris (database.retry.attempts)</translation>
    </message>
    <message>
        <source>&amp;Initial delay:</source>
        <translation>Délai &amp;initial&#xa0;:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>wait before the first retry (database.retry.initial_delay_ms)</source>
        <translation>attente avant la première nouvelle tentative (database.retry.initial_delay_ms)</translation>
    </message>
    <message>
        <source>&amp;Multiplier:</source>
        <translation>&amp;Multiplicateur&#xa0;:</translation>
    </message>
    <message>
        <source>backoff multiplier between retries (database.retry.multiplier)</source>
        <translation>facteur d&apos;allongement de l&apos;attente entre deux tentatives (database.retry.multiplier)</translation>
    </message>
    <message>
        <source>Ma&amp;x delay:</source>
        <translation>Délai ma&amp;ximal&#xa0;:</translation>
    </message>
    <message>
        <source>cap of one wait before jitter (database.retry.max_delay_ms)</source>
        <translation>plafond d&apos;une attente, avant la gigue (database.retry.max_delay_ms)</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>&amp;Gigue&#xa0;:</translation>
    </message>
    <message>
        <source>random +/- fraction of each wait (database.retry.jitter)</source>
        <translation>gigue&#xa0;: fraction aléatoire +/- de chaque attente (database.retry.jitter)</translation>
    </message>
    <message>
        <source>Show S&amp;QL…</source>
        <translation>Afficher le S&amp;QL…</translation>
    </message>
    <message>
        <source>The CREATE statements a run executes for this target&apos;s database, to copy or save (connects to nothing)</source>
        <translation>Les instructions CREATE qu&apos;une exécution lance sur la base de cette destination, à copier ou enregistrer (aucune connexion)</translation>
    </message>
    <message>
        <source>Write the &amp;ground truth (subscribers, antennas, run)</source>
        <translation>Écrire la vérité terrain (abonné&amp;s, antennes, exécution)</translation>
    </message>
    <message>
        <source>also write &lt;table&gt;_subscribers, &lt;table&gt;_antennas, &lt;table&gt;_events, &lt;table&gt;_labels and &lt;table&gt;_runs (CSV: sibling files) that every record agrees with (database.world_tables)</source>
        <translation>écrit aussi &lt;table&gt;_subscribers, &lt;table&gt;_antennas, &lt;table&gt;_events, &lt;table&gt;_labels et &lt;table&gt;_runs (CSV&#xa0;: fichiers voisins), avec lesquelles chaque enregistrement concorde (database.world_tables)</translation>
    </message>
    <message>
        <source>Quer&amp;y time limit:</source>
        <translation>Dur&amp;ée maximale d&apos;une requête&#xa0;:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>longest time one statement may run on an ODBC target before it is cancelled and retried; 0 = no limit (database.query_timeout_s)</source>
        <translation>durée maximale d&apos;une instruction sur une cible ODBC avant qu&apos;elle soit annulée et réessayée&#xa0;; 0 = aucune limite (database.query_timeout_s)</translation>
    </message>
    <message>
        <source>Existing table, timeouts, retries, ground truth</source>
        <translation>Table existante, délais, nouvelles tentatives, vérité terrain</translation>
    </message>
    <message>
        <source>Pro&amp;file a table…</source>
        <translation>Pro&amp;filer une table…</translation>
    </message>
    <message>
        <source>Profile this target&apos;s table, or a CSV or SQLite file, and open the realism report in the browser</source>
        <translation>Profiler la table de cette cible, ou un fichier CSV ou SQLite, et ouvrir le rapport de réalisme dans le navigateur</translation>
    </message>
    <message>
        <source>SQL before and after the load</source>
        <translation>SQL avant et après le chargement</translation>
    </message>
    <message>
        <source>Befo&amp;re the load:</source>
        <translation>Ava&amp;nt le chargement :</translation>
    </message>
    <message>
        <source>run after the table is ready and before the first row is written; a failure stops the run before any row (database.before_load_sql)</source>
        <translation>exécuté quand la table est prête, avant la première ligne&#xa0;; un échec arrête l&apos;exécution avant toute ligne (database.before_load_sql)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>Choose a .sql file to run instead of typed statements</source>
        <translation>Choisir un fichier .sql à exécuter au lieu d&apos;instructions saisies</translation>
    </message>
    <message>
        <source>After t&amp;he load:</source>
        <translation>Après le c&amp;hargement :</translation>
    </message>
    <message>
        <source>run after the last batch is committed and the indexes are built (database.after_load_sql)</source>
        <translation>exécuté après la validation du dernier lot et la création des index (database.after_load_sql)</translation>
    </message>
    <message>
        <source>SQLite file (embedded, default), a CSV file, ODBC (SQL Server, PostgreSQL… through a driver), native PostgreSQL (COPY), or files for SQL Server without a connection: a T-SQL script or bcp files</source>
        <translation>Fichier SQLite (intégré, par défaut), fichier CSV, ODBC (SQL Server, PostgreSQL… via un pilote), PostgreSQL natif (COPY), ou des fichiers pour SQL Server sans connexion&#xa0;: un script T-SQL ou des fichiers bcp</translation>
    </message>
    <message>
        <source>the SQLite database, CSV file or T-SQL script to write, or the folder of the bcp files</source>
        <translation>la base SQLite, le fichier CSV ou le script T-SQL à écrire, ou le dossier des fichiers bcp</translation>
    </message>
    <message>
        <source>Spl&amp;it into one file per:</source>
        <translation>Découper en un f&amp;ichier par&#xa0;:</translation>
    </message>
    <message>
        <source>Statements separated by ; (or batches by lines holding only GO), run on the run&apos;s connection; or one line ending in .sql: a file, relative to the preset&apos;s folder. Not for CSV, bcp files or split files.</source>
        <translation>Instructions séparées par ; (ou lots séparés par des lignes ne contenant que GO), exécutées sur la connexion de l&apos;exécution&#xa0;; ou une ligne finissant par .sql&#xa0;: un fichier, relatif au dossier du préréglage. Pas pour le CSV, les fichiers bcp ni les fichiers découpés.</translation>
    </message>
</context>
<context>
    <name>DefectTexts</name>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Missing fields</source>
        <translation>Champs manquants</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelins</translation>
    </message>
    <message>
        <source>Timestamp faults</source>
        <translation>Horodatages erronés</translation>
    </message>
    <message>
        <source>Corrupt values</source>
        <translation>Valeurs corrompues</translation>
    </message>
    <message>
        <source>A record repeats an earlier one under a new id (near: its start one second apart).</source>
        <translation>Un enregistrement en répète un précédent sous un nouvel id (proche&#xa0;: son début décalé d&apos;une seconde).</translation>
    </message>
    <message>
        <source>One cell of the record is written empty (NULL in a database).</source>
        <translation>Une cellule de l&apos;enregistrement est écrite vide (NULL dans une base de données).</translation>
    </message>
    <message>
        <source>The record names a caller, handset or antenna that the world&apos;s tables do not have.</source>
        <translation>L&apos;enregistrement nomme un appelant, un GSM ou une antenne absents des tables du monde.</translation>
    </message>
    <message>
        <source>The start time is impossible: in the future, before the period, past midnight or in a DST change.</source>
        <translation>L&apos;heure de début est impossible&#xa0;: dans le futur, avant la période, au-delà de minuit ou dans un changement d&apos;heure.</translation>
    </message>
    <message>
        <source>A value breaks its format or range (IMEI, MSISDN, antenna, duration, coordinates).</source>
        <translation>Une valeur sort de son format ou de sa plage (IMEI, MSISDN, antenne, durée, coordonnées).</translation>
    </message>
    <message>
        <source>exact copy</source>
        <translation>copie exacte</translation>
    </message>
    <message>
        <source>near copy (start one second apart)</source>
        <translation>copie proche (début décalé d&apos;une seconde)</translation>
    </message>
    <message>
        <source>empty cell</source>
        <translation>cellule vide</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>appelant inconnu</translation>
    </message>
    <message>
        <source>unknown handset (IMEI)</source>
        <translation>GSM inconnu (IMEI)</translation>
    </message>
    <message>
        <source>unknown antenna</source>
        <translation>antenne inconnue</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message>
        <source>before the period</source>
        <translation>avant la période</translation>
    </message>
    <message>
        <source>call running past midnight</source>
        <translation>appel qui dépasse minuit</translation>
    </message>
    <message>
        <source>in the spring DST gap</source>
        <translation>dans l&apos;heure sautée au printemps</translation>
    </message>
    <message>
        <source>in the autumn DST overlap</source>
        <translation>dans l&apos;heure doublée en automne</translation>
    </message>
    <message>
        <source>IMEI with a wrong check digit</source>
        <translation>IMEI au chiffre de contrôle faux</translation>
    </message>
    <message>
        <source>MSISDN of the wrong length</source>
        <translation>MSISDN de mauvaise longueur</translation>
    </message>
    <message>
        <source>MSISDN in an unassigned block</source>
        <translation>MSISDN dans un bloc non attribué</translation>
    </message>
    <message>
        <source>antenna id out of range</source>
        <translation>id d&apos;antenne hors plage</translation>
    </message>
    <message>
        <source>negative duration</source>
        <translation>durée négative</translation>
    </message>
    <message>
        <source>extreme duration</source>
        <translation>durée extrême</translation>
    </message>
    <message>
        <source>latitude and longitude swapped</source>
        <translation>latitude et longitude inversées</translation>
    </message>
    <message>
        <source>coordinates outside Belgium</source>
        <translation>coordonnées hors de Belgique</translation>
    </message>
    <message>
        <source>Damaged on purpose (answer key): %1, %2</source>
        <translation>Abîmé exprès (vérité terrain)&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>DefectsPanel</name>
    <message>
        <source>Dirty data on purpose, for testing cleaning and validation: each kind damages the given share of the records (a record takes at most one defect, so the rates add up to 1 at most). Every damaged cell is named in the answer key (the _defects table beside the CDR table, or name_defects.csv beside a CSV file, written with the world tables). All off by default.</source>
        <translation>Des données sales exprès, pour tester le nettoyage et la validation&#xa0;: chaque type abîme la part donnée des enregistrements (un enregistrement reçoit au plus un défaut, la somme des taux est donc au plus 1). Chaque cellule abîmée est nommée dans la vérité terrain (la table _defects à côté de la table des CDR, ou nom_defects.csv à côté d&apos;un fichier CSV, écrite avec les tables du monde). Tout est désactivé par défaut.</translation>
    </message>
    <message>
        <source>Dirty-data &amp;preset rates</source>
        <translation>Taux du &amp;préréglage dirty-data</translation>
    </message>
    <message>
        <source>Every kind at the rates of the dirty-data preset (config/presets/dirty-data.yml), every variant, the default columns</source>
        <translation>Chaque type aux taux du préréglage dirty-data (config/presets/dirty-data.yml), toutes les variantes, les colonnes par défaut</translation>
    </message>
    <message>
        <source>&amp;All off</source>
        <translation>&amp;Tout désactiver</translation>
    </message>
    <message>
        <source>Every rate 0: the records are those of a run without dirty data</source>
        <translation>Chaque taux à 0&#xa0;: les enregistrements sont ceux d&apos;un lancement sans données sales</translation>
    </message>
    <message>
        <source>In the lists, none ticked means every variant; for the columns, the default columns (those ticked at first).</source>
        <translation>Dans les listes, aucune case cochée signifie toutes les variantes&#xa0;; pour les colonnes, les colonnes par défaut (celles cochées au départ).</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>New Year&apos;s midnight</source>
        <translation>Minuit du Nouvel An</translation>
    </message>
    <message>
        <source>Mass gathering</source>
        <translation>Rassemblement de masse</translation>
    </message>
    <message>
        <source>Cell outage</source>
        <translation>Panne d&apos;antennes</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Belgian public &amp;holidays</source>
        <translation>&amp;Jours fériés belges</translation>
    </message>
    <message>
        <source>The ten public holidays of the period (Easter Monday, Ascension and Whit Monday computed for each year) carry weekend-like traffic (events.holidays)</source>
        <translation>Les dix jours fériés de la période (lundi de Pâques, Ascension et lundi de Pentecôte calculés pour chaque année) ont un trafic de week-end (events.holidays)</translation>
    </message>
    <message>
        <source>New Year&apos;s midnight</source>
        <translation>Minuit du Nouvel An</translation>
    </message>
    <message>
        <source>SMS and voice surge just after midnight on 1 January (events.new_year.enabled)</source>
        <translation>Pic de SMS et d&apos;appels juste après minuit le 1er janvier (events.new_year.enabled)</translation>
    </message>
    <message>
        <source>&amp;Surge length:</source>
        <translation>Durée du &amp;pic :</translation>
    </message>
    <message>
        <source>minutes after midnight on 1 January with the surge (events.new_year.minutes)</source>
        <translation>minutes après minuit le 1er janvier pendant lesquelles dure le pic (events.new_year.minutes)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Traffic &amp;multiplier:</source>
        <translation>Multiplicateur de &amp;trafic :</translation>
    </message>
    <message>
        <source>traffic during the surge, times the usual rate of that hour (events.new_year.surge)</source>
        <translation>trafic pendant le pic, en multiple du trafic habituel de cette heure (events.new_year.surge)</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Failure share:</source>
        <translation>Part d&apos;échecs :</translation>
    </message>
    <message>
        <source>share of the attempts that fail during the surge (events.new_year.failure_share)</source>
        <translation>part des tentatives qui échouent pendant le pic (events.new_year.failure_share)</translation>
    </message>
    <message>
        <source>Mass gatherings</source>
        <translation>Rassemblements de masse</translation>
    </message>
    <message>
        <source>Concerts, festivals, matches: their attendees use the venue&apos;s antennas, which are congested (events.gatherings)</source>
        <translation>Concerts, festivals, matchs : le public utilise les antennes du site, qui saturent (events.gatherings)</translation>
    </message>
    <message>
        <source>&amp;Add gathering</source>
        <translation>&amp;Ajouter un rassemblement</translation>
    </message>
    <message>
        <source>Add a gathering; then click the map to place its venue</source>
        <translation>Ajouter un rassemblement, puis cliquer sur la carte pour en placer le site</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected gathering</source>
        <translation>Supprimer le rassemblement sélectionné</translation>
    </message>
    <message>
        <source>Cell outages</source>
        <translation>Pannes d&apos;antennes</translation>
    </message>
    <message>
        <source>The antennas of an area carry no record during the window; their traffic moves to the nearest working antennas (events.outages)</source>
        <translation>Les antennes d&apos;une zone ne portent aucun enregistrement pendant la panne ; leur trafic passe aux antennes en service les plus proches (events.outages)</translation>
    </message>
    <message>
        <source>Add &amp;outage</source>
        <translation>Ajouter une pann&amp;e</translation>
    </message>
    <message>
        <source>Add an outage; then click the map to place its area</source>
        <translation>Ajouter une panne, puis cliquer sur la carte pour en placer la zone</translation>
    </message>
    <message>
        <source>Remove the selected outage</source>
        <translation>Supprimer la panne sélectionnée</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Événement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>the name written to &lt;table&gt;_events</source>
        <translation>le nom écrit dans &lt;table&gt;_events</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vé</translation>
    </message>
    <message>
        <source>a disabled event stays in the preset but changes no record</source>
        <translation>un événement désactivé reste dans le préréglage mais ne change aucun enregistrement</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>dd/MM/yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>first second of the event, wall clock like generation.period (start)</source>
        <translation>première seconde de l&apos;événement, heure locale comme generation.period (start)</translation>
    </message>
    <message>
        <source>En&amp;d:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>last second of the event, inclusive (end)</source>
        <translation>dernière seconde de l&apos;événement, incluse (end)</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude :</translation>
    </message>
    <message>
        <source>the point of the venue or area (latitude); a click on the map sets it</source>
        <translation>le point du site ou de la zone (latitude) ; un clic sur la carte le fixe</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Lon&amp;gitude:</source>
        <translation>Lon&amp;gitude :</translation>
    </message>
    <message>
        <source>the point of the venue or area (longitude); a click on the map sets it</source>
        <translation>le point du site ou de la zone (longitude) ; un clic sur la carte le fixe</translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation>&amp;Rayon :</translation>
    </message>
    <message>
        <source>the antennas within this distance of the point are the event&apos;s (radius_km); the nearest antenna of every operator always is</source>
        <translation>les antennes à cette distance du point sont celles de l&apos;événement (radius_km) ; l&apos;antenne la plus proche de chaque opérateur l&apos;est toujours</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>&amp;Failure share:</source>
        <translation>Part d&apos;é&amp;checs :</translation>
    </message>
    <message>
        <source>gathering: share of the attempts on the venue&apos;s antennas that fail; outage: share of the moved traffic that fails during the spike (failure_share)</source>
        <translation>rassemblement : part des tentatives qui échouent sur les antennes du site ; panne : part du trafic déplacé qui échoue pendant le pic d&apos;échecs (failure_share)</translation>
    </message>
    <message>
        <source>Attendan&amp;ce:</source>
        <translation>Affl&amp;uence :</translation>
    </message>
    <message>
        <source>people at the venue, scaled to the run&apos;s subscribers by Belgium&apos;s population (attendance)</source>
        <translation>personnes sur le site, ramenées aux abonnés de l&apos;exécution selon la population belge (attendance)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>Failure s&amp;pike:</source>
        <translation>P&amp;ic d&apos;échecs :</translation>
    </message>
    <message>
        <source>minutes from the start of the outage during which failure_share of the moved traffic fails (spike_minutes)</source>
        <translation>minutes depuis le début de la panne pendant lesquelles failure_share du trafic déplacé échoue (spike_minutes)</translation>
    </message>
    <message>
        <source>&amp;Zoom to the event</source>
        <translation>&amp;Zoomer sur l&apos;événement</translation>
    </message>
    <message>
        <source>Show the selected event&apos;s area and its antennas up close (double-click the map to see all of Belgium again)</source>
        <translation>Montrer de près la zone de l&apos;événement sélectionné et ses antennes (double-cliquer sur la carte pour revoir toute la Belgique)</translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Enregistrements&#xa0;:</translation>
    </message>
    <message>
        <source>total number of records, ids 1..N (generation.records)</source>
        <translation>nombre total d&apos;enregistrements, ids 1..N (generation.records)</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Taille des &amp;lots&#xa0;:</translation>
    </message>
    <message>
        <source>rows per transaction (generation.batch_size)</source>
        <translation>lignes par transaction (generation.batch_size)</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>same seed + same config = the same records (generation.seed)</source>
        <translation>même graine + même configuration = mêmes enregistrements (generation.seed)</translation>
    </message>
    <message>
        <source>Period &amp;start:</source>
        <translation>&amp;Début de la période&#xa0;:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>dd/MM/yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>first possible call start, Belgian wall-clock time (generation.period.start)</source>
        <translation>premier début d&apos;appel possible, heure belge (generation.period.start)</translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation>&amp;Fin de la période&#xa0;:</translation>
    </message>
    <message>
        <source>last possible call start, inclusive (generation.period.end)</source>
        <translation>dernier début d&apos;appel possible, inclus (generation.period.end)</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads&#xa0;:</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>tous les cœurs</translation>
    </message>
    <message>
        <source>generator threads; 0 = all cores (generation.threads)</source>
        <translation>threads de génération&#xa0;; 0 = tous les cœurs (generation.threads)</translation>
    </message>
    <message>
        <source>S&amp;ubscribers:</source>
        <translation>&amp;Abonnés&#xa0;:</translation>
    </message>
    <message>
        <source>derived from records</source>
        <translation>déduit du nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <source>number of subscribers; 0 = derived from the record count (generation.subscribers)</source>
        <translation>nombre d&apos;abonnés&#xa0;; 0 = déduit du nombre d&apos;enregistrements (generation.subscribers)</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>least severe level written to the log file and pane (logging.level)</source>
        <translation>niveau le moins grave écrit dans le fichier et le panneau du journal (logging.level)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Python logging syntax, e.g. %(asctime)s - %(levelname)s - %(message)s (logging.format)</source>
        <translation>syntaxe du module logging de Python, p. ex. %(asctime)s - %(levelname)s - %(message)s (logging.format)</translation>
    </message>
    <message>
        <source>Log f&amp;ile:</source>
        <translation>Fic&amp;hier journal&#xa0;:</translation>
    </message>
    <message>
        <source>log file path; empty = no file (logging.file)</source>
        <translation>chemin du fichier journal&#xa0;; vide = pas de fichier (logging.file)</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Least severe level shown in the pane (the log file follows logging.level)</source>
        <translation>Niveau le moins grave affiché dans le panneau (le fichier journal suit logging.level)</translation>
    </message>
    <message>
        <source>&amp;Autoscroll</source>
        <translation>Défilement a&amp;utomatique</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Garder la dernière ligne visible</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected lines, or every shown line when nothing is selected</source>
        <translation>Copier les lignes sélectionnées, ou toutes les lignes affichées si rien n&apos;est sélectionné</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Empty the pane (the log file keeps everything)</source>
        <translation>Vider le panneau (le fichier journal garde tout)</translation>
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
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Ca&amp;rte</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Préréglages</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a config.yml (the same files the CLI reads) (Ctrl+O)</source>
        <translation>Ouvrir un config.yml (les mêmes fichiers que lit la ligne de commande) (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open a config.yml (the same files the CLI reads)</source>
        <translation>Ouvrir un config.yml (les mêmes fichiers que lit la ligne de commande)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the configuration to its file (Ctrl+S)</source>
        <translation>Enregistrer la configuration dans son fichier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the configuration to its file</source>
        <translation>Enregistrer la configuration dans son fichier</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the configuration to a new config.yml (Ctrl+Shift+S)</source>
        <translation>Enregistrer la configuration dans un nouveau config.yml (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Save the configuration to a new config.yml</source>
        <translation>Enregistrer la configuration dans un nouveau config.yml</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Load .&amp;env…</source>
        <translation>Charger un .e&amp;nv…</translation>
    </message>
    <message>
        <source>Read database and e-mail settings from a .env file</source>
        <translation>Lire les paramètres de base de données et d&apos;e-mail dans un fichier .env</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close cdrgen (Ctrl+Q)</source>
        <translation>Fermer cdrgen (Ctrl+Q)</translation>
    </message>
    <message>
        <source>Close cdrgen</source>
        <translation>Fermer cdrgen</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Generate &amp;preview</source>
        <translation>Générer l&apos;a&amp;perçu</translation>
    </message>
    <message>
        <source>Compute the first records without writing anything (F6)</source>
        <translation>Calculer les premiers enregistrements sans rien écrire (F6)</translation>
    </message>
    <message>
        <source>Compute the first records without writing anything</source>
        <translation>Calculer les premiers enregistrements sans rien écrire</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation>&amp;Lancer l&apos;exécution</translation>
    </message>
    <message>
        <source>Generate the configured records into the target (F5)</source>
        <translation>Générer les enregistrements configurés dans la destination (F5)</translation>
    </message>
    <message>
        <source>Generate the configured records into the target</source>
        <translation>Générer les enregistrements configurés dans la destination</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Stop after the current batch; the table stays resumable (Shift+F5)</source>
        <translation>Arrêter après le lot en cours&#xa0;; la table pourra être reprise (Maj+F5)</translation>
    </message>
    <message>
        <source>Stop after the current batch; the table stays resumable</source>
        <translation>Arrêter après le lot en cours&#xa0;; la table pourra être reprise</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>&amp;About cdrgen</source>
        <translation>À &amp;propos de cdrgen</translation>
    </message>
    <message>
        <source>Version, licence and data sources</source>
        <translation>Version, licence et sources des données</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Show &amp;homes of the previewed callers</source>
        <translation>Afficher les &amp;domiciles des appelants de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Grey dots: caller_lat_home / caller_lon_home of the records on the Preview tab</source>
        <translation>Points gris&#xa0;: caller_lat_home / caller_lon_home des enregistrements de l&apos;onglet Aperçu</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Show all of Belgium again (or double-click the map)</source>
        <translation>Réafficher toute la Belgique (ou double-cliquer sur la carte)</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · drag the red box&apos;s edges to resize it · hover an antenna for details</source>
        <translation>Molette&#xa0;: zoom · glisser&#xa0;: déplacer · tirer les bords du cadre rouge pour le redimensionner · survoler une antenne pour ses détails</translation>
    </message>
</context>
<context>
    <name>MapRecordPainter</name>
    <message>
        <source>home of the caller</source>
        <translation>domicile de l&apos;appelant</translation>
    </message>
    <message>
        <source>emission antenna</source>
        <translation>antenne d&apos;émission</translation>
    </message>
    <message>
        <source>reception antenna</source>
        <translation>antenne de réception</translation>
    </message>
</context>
<context>
    <name>OperatorsPanel</name>
    <message>
        <source>Mobile operators of the generated subscribers. Market shares are percentages and must add up to 100 %. Number blocks are national prefixes (e.g. 047, 0456); leave empty to let the engine assign free 04x blocks.</source>
        <translation>Opérateurs mobiles des abonnés générés. Les parts de marché sont des pourcentages dont le total doit faire 100&#xa0;%. Les blocs de numéros sont des préfixes nationaux (p. ex. 047, 0456)&#xa0;; laissez vide pour que le moteur attribue des blocs 04x libres.</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it</source>
        <translation>Double-cliquer sur une cellule pour la modifier</translation>
    </message>
    <message>
        <source>&amp;Add operator</source>
        <translation>&amp;Ajouter un opérateur</translation>
    </message>
    <message>
        <source>Append an operator with a 0 % share</source>
        <translation>Ajouter un opérateur avec une part de 0&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected operator</source>
        <translation>Supprimer l&apos;opérateur sélectionné</translation>
    </message>
    <message>
        <source>Start is blocked until the shares add up to 100 %</source>
        <translation>Impossible de lancer tant que le total des parts ne fait pas 100&#xa0;%</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Enregistrements&#xa0;:</translation>
    </message>
    <message>
        <source>How many of the first records (ids 1..N) to preview; they are exactly the rows a run writes first</source>
        <translation>Nombre des premiers enregistrements (ids 1..N) à prévisualiser&#xa0;; ce sont exactement les lignes qu&apos;une exécution écrit en premier</translation>
    </message>
    <message>
        <source>&amp;Generate preview</source>
        <translation>&amp;Générer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Compute the first records in the background without writing anything (F6)</source>
        <translation>Calculer les premiers enregistrements en arrière-plan, sans rien écrire (F6)</translation>
    </message>
    <message>
        <source>Click a column header to sort; click a row to show that record on the Map tab (double-click to go there)</source>
        <translation>Cliquer sur un en-tête de colonne pour trier&#xa0;; cliquer sur une ligne pour afficher cet enregistrement sur l&apos;onglet Carte (double-clic pour y aller)</translation>
    </message>
</context>
<context>
    <name>RangesPanel</name>
    <message>
        <source>Ranges</source>
        <translation>Plages</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Minimum: call duration in seconds (ranges.duration)</source>
        <translation>Minimum&#xa0;: durée d&apos;appel en secondes (ranges.duration)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Maximum: call duration in seconds (ranges.duration)</source>
        <translation>Maximum&#xa0;: durée d&apos;appel en secondes (ranges.duration)</translation>
    </message>
    <message>
        <source>Antenna &amp;ids:</source>
        <translation>&amp;Ids d&apos;antenne&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum: antenna ids ANT&lt;min&gt;..ANT&lt;max&gt;; one antenna per id (ranges.antenna_id)</source>
        <translation>Minimum&#xa0;: ids d&apos;antenne ANT&lt;min&gt;..ANT&lt;max&gt;&#xa0;; une antenne par id (ranges.antenna_id)</translation>
    </message>
    <message>
        <source>Maximum: antenna ids ANT&lt;min&gt;..ANT&lt;max&gt;; one antenna per id (ranges.antenna_id)</source>
        <translation>Maximum&#xa0;: ids d&apos;antenne ANT&lt;min&gt;..ANT&lt;max&gt;&#xa0;; une antenne par id (ranges.antenna_id)</translation>
    </message>
    <message>
        <source>A&amp;ltitude:</source>
        <translation>A&amp;ltitude&#xa0;:</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Minimum: antenna altitude in metres (ranges.altitude)</source>
        <translation>Minimum&#xa0;: altitude de l&apos;antenne en mètres (ranges.altitude)</translation>
    </message>
    <message>
        <source>Maximum: antenna altitude in metres (ranges.altitude)</source>
        <translation>Maximum&#xa0;: altitude de l&apos;antenne en mètres (ranges.altitude)</translation>
    </message>
    <message>
        <source>Bounding box (drawn on the map)</source>
        <translation>Zone géographique (tracée sur la carte)</translation>
    </message>
    <message>
        <source>Coordinates outside Belgium are never generated; the box limits antennas and homes further</source>
        <translation>Aucune coordonnée n&apos;est générée hors de Belgique&#xa0;; la zone restreint encore les antennes et les domiciles</translation>
    </message>
    <message>
        <source>La&amp;titude:</source>
        <translation>La&amp;titude&#xa0;:</translation>
    </message>
    <message>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <source>Minimum: latitude in degrees (geography.latitude)</source>
        <translation>Minimum&#xa0;: latitude en degrés (geography.latitude)</translation>
    </message>
    <message>
        <source>Maximum: latitude in degrees (geography.latitude)</source>
        <translation>Maximum&#xa0;: latitude en degrés (geography.latitude)</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude:</source>
        <translation>Lo&amp;ngitude&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum: longitude in degrees (geography.longitude)</source>
        <translation>Minimum&#xa0;: longitude en degrés (geography.longitude)</translation>
    </message>
    <message>
        <source>Maximum: longitude in degrees (geography.longitude)</source>
        <translation>Maximum&#xa0;: longitude en degrés (geography.longitude)</translation>
    </message>
    <message>
        <source>&amp;Fit to Belgium</source>
        <translation>A&amp;juster à la Belgique</translation>
    </message>
    <message>
        <source>Set the box to Belgium&apos;s border</source>
        <translation>Faire coïncider la zone avec les frontières de la Belgique</translation>
    </message>
</context>
<context>
    <name>RealismPanel</name>
    <message>
        <source>Call durations (lognormal)</source>
        <translation>Durées d&apos;appel (log-normales)</translation>
    </message>
    <message>
        <source>&amp;Voice median:</source>
        <translation>Médiane &amp;voix&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>median duration of answered voice calls (realism.voice_median_s)</source>
        <translation>durée médiane des appels vocaux aboutis (realism.voice_median_s)</translation>
    </message>
    <message>
        <source>Voice si&amp;gma:</source>
        <translation>Si&amp;gma voix&#xa0;:</translation>
    </message>
    <message>
        <source>lognormal sigma of answered voice calls (realism.voice_sigma)</source>
        <translation>sigma log-normal des appels vocaux aboutis (realism.voice_sigma)</translation>
    </message>
    <message>
        <source>&amp;Data median:</source>
        <translation>Médiane &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>median duration of data sessions (realism.data_median_s)</source>
        <translation>durée médiane des sessions de données (realism.data_median_s)</translation>
    </message>
    <message>
        <source>Data sig&amp;ma:</source>
        <translation>Sig&amp;ma données&#xa0;:</translation>
    </message>
    <message>
        <source>lognormal sigma of data sessions (realism.data_sigma)</source>
        <translation>sigma log-normal des sessions de données (realism.data_sigma)</translation>
    </message>
    <message>
        <source>Subscriber behaviour</source>
        <translation>Comportement des abonnés</translation>
    </message>
    <message>
        <source>&amp;Contact call share:</source>
        <translation>Part d&apos;appels aux &amp;contacts&#xa0;:</translation>
    </message>
    <message>
        <source>share of calls to the caller&apos;s own contacts (realism.contact_call_share)</source>
        <translation>part des appels vers les propres contacts de l&apos;appelant (realism.contact_call_share)</translation>
    </message>
    <message>
        <source>Mean co&amp;ntacts:</source>
        <translation>&amp;Nombre moyen de contacts&#xa0;:</translation>
    </message>
    <message>
        <source>mean contact-list size, heavy-tailed (realism.mean_contacts)</source>
        <translation>taille moyenne de la liste de contacts, à queue lourde (realism.mean_contacts)</translation>
    </message>
    <message>
        <source>&amp;Away from home share:</source>
        <translation>Part &amp;hors domicile&#xa0;:</translation>
    </message>
    <message>
        <source>share of calls placed away from home (realism.away_from_home_share)</source>
        <translation>part des appels passés hors du domicile (realism.away_from_home_share)</translation>
    </message>
    <message>
        <source>&amp;Weekend activity:</source>
        <translation>Activité le &amp;week-end&#xa0;:</translation>
    </message>
    <message>
        <source>weekend day volume relative to a weekday (realism.weekend_activity)</source>
        <translation>volume d&apos;un jour de week-end par rapport à un jour de semaine (realism.weekend_activity)</translation>
    </message>
    <message>
        <source>&amp;IMEI change share:</source>
        <translation>Part de changements de GSM (&amp;IMEI)&#xa0;:</translation>
    </message>
    <message>
        <source>subscribers who switch handset once (realism.imei_change_share)</source>
        <translation>abonnés qui changent une fois de GSM (realism.imei_change_share)</translation>
    </message>
    <message>
        <source>Activity s&amp;kew:</source>
        <translation>&amp;Asymétrie de l&apos;activité&#xa0;:</translation>
    </message>
    <message>
        <source>Pareto shape of per-subscriber activity (realism.activity_skew)</source>
        <translation>forme de Pareto de l&apos;activité par abonné (realism.activity_skew)</translation>
    </message>
    <message>
        <source>Records per subscriber and &amp;day:</source>
        <translation>&amp;Enregistrements par abonné et par jour&#xa0;:</translation>
    </message>
    <message>
        <source>records a subscriber places per day; with the period it sets the default subscriber count (realism.daily_records_per_subscriber)</source>
        <translation>enregistrements qu&apos;un abonné produit par jour&#xa0;; avec la période, fixe le nombre d&apos;abonnés par défaut (realism.daily_records_per_subscriber)</translation>
    </message>
    <message>
        <source>&amp;Landline call share:</source>
        <translation>Part d&apos;appels vers des &amp;fixes&#xa0;:</translation>
    </message>
    <message>
        <source>share of voice/SMS calls to Belgian landlines (realism.landline_call_share)</source>
        <translation>part des appels voix/SMS vers des fixes belges (realism.landline_call_share)</translation>
    </message>
    <message>
        <source>&amp;Foreign call share:</source>
        <translation>Part d&apos;appels vers l&apos;é&amp;tranger&#xa0;:</translation>
    </message>
    <message>
        <source>share of voice/SMS calls to mobiles of neighbouring countries (realism.foreign_call_share)</source>
        <translation>part des appels voix/SMS vers des GSM des pays voisins (realism.foreign_call_share)</translation>
    </message>
    <message>
        <source>Data &amp;sessions:</source>
        <translation>&amp;Sessions de données&#xa0;:</translation>
    </message>
    <message>
        <source>empty: no callee and no receiving side (NULL in databases); filled: the seed&apos;s shape, every column filled (realism.data_sessions)</source>
        <translation>empty&#xa0;: ni appelé ni côté réception (NULL dans les bases de données)&#xa0;; filled&#xa0;: la forme de la graine, toutes les colonnes remplies (realism.data_sessions)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vides</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>remplies</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a run history: %2</source>
        <translation>%1 n&apos;est pas un historique d&apos;exécutions&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>&amp;Start run</source>
        <translation>&amp;Lancer l&apos;exécution</translation>
    </message>
    <message>
        <source>Generate the configured records into the target (F5)</source>
        <translation>Générer les enregistrements configurés dans la destination (F5)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop after the current batch; the table stays resumable (Shift+F5)</source>
        <translation>Arrêter après le lot en cours&#xa0;; la table pourra être reprise (Maj+F5)</translation>
    </message>
    <message>
        <source>Send &amp;e-mail when done</source>
        <translation>Envoyer un &amp;e-mail à la fin</translation>
    </message>
    <message>
        <source>Mail the run summary to RECIPIENT_EMAIL (SMTP settings from .env)</source>
        <translation>Envoyer le résumé de l&apos;exécution à RECIPIENT_EMAIL (paramètres SMTP du .env)</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail</source>
        <translation>Envoyer un e-mail de &amp;test</translation>
    </message>
    <message>
        <source>Check the SMTP settings from .env by sending a short test message</source>
        <translation>Vérifier les paramètres SMTP du .env en envoyant un court message de test</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Rows written by this run / rows it has to write</source>
        <translation>Lignes écrites par cette exécution / lignes qu&apos;elle doit écrire</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Rows per second between two progress updates, and the latency of the slowest batch written in between</source>
        <translation>Lignes par seconde entre deux mises à jour de la progression, et la latence du lot le plus lent écrit entre les deux</translation>
    </message>
    <message>
        <source>Run &amp;history</source>
        <translation>&amp;Historique des exécutions</translation>
    </message>
    <message>
        <source>The last 50 runs, kept between sessions</source>
        <translation>Les 50 dernières exécutions, conservées d&apos;une session à l&apos;autre</translation>
    </message>
    <message>
        <source>Run again with this pre&amp;set</source>
        <translation>&amp;Relancer avec ce préréglage</translation>
    </message>
    <message>
        <source>Load the configuration of the selected run into the editor; Start then runs it again</source>
        <translation>Charge la configuration de l&apos;exécution choisie dans l&apos;éditeur&#xa0;; il suffit ensuite de lancer l&apos;exécution pour la refaire</translation>
    </message>
</context>
<context>
    <name>ScenarioTexts</name>
    <message>
        <source>box SIMs active at any time, as a share of subscribers</source>
        <translation>SIM de boîtiers actives à tout moment, en part des abonnés</translation>
    </message>
    <message>
        <source>SIM slots of one box</source>
        <translation>emplacements SIM d&apos;un boîtier</translation>
    </message>
    <message>
        <source>handset modules (IMEIs) the box&apos;s SIMs share</source>
        <translation>modules GSM (IMEI) que partagent les SIM du boîtier</translation>
    </message>
    <message>
        <source>antennas a box is seen on</source>
        <translation>antennes sur lesquelles un boîtier est vu</translation>
    </message>
    <message>
        <source>days a SIM works before the box rotates it</source>
        <translation>jours d&apos;usage d&apos;une SIM avant que le boîtier la remplace</translation>
    </message>
    <message>
        <source>outgoing calls of one SIM a day</source>
        <translation>appels sortants d&apos;une SIM par jour</translation>
    </message>
    <message>
        <source>subscribers who get a one-ring call, as a share of subscribers</source>
        <translation>abonnés qui reçoivent un appel à une sonnerie, en part des abonnés</translation>
    </message>
    <message>
        <source>campaigns (each has its own numbers and bursts)</source>
        <translation>campagnes (chacune a ses numéros et ses salves)</translation>
    </message>
    <message>
        <source>foreign numbers one campaign calls from</source>
        <translation>numéros étrangers d&apos;où appelle une campagne</translation>
    </message>
    <message>
        <source>bursts of calls of one campaign</source>
        <translation>salves d&apos;appels d&apos;une campagne</translation>
    </message>
    <message>
        <source>length of one burst, in minutes</source>
        <translation>durée d&apos;une salve, en minutes</translation>
    </message>
    <message>
        <source>victims who call the number back</source>
        <translation>victimes qui rappellent le numéro</translation>
    </message>
    <message>
        <source>hijacked subscribers, as a share of subscribers</source>
        <translation>abonnés piratés, en part des abonnés</translation>
    </message>
    <message>
        <source>days a hijacked SIM is abused</source>
        <translation>jours d&apos;abus d&apos;une SIM piratée</translation>
    </message>
    <message>
        <source>premium calls a day</source>
        <translation>appels surtaxés par jour</translation>
    </message>
    <message>
        <source>calls placed at the same time</source>
        <translation>appels passés en même temps</translation>
    </message>
    <message>
        <source>median length of a premium call, in minutes</source>
        <translation>durée médiane d&apos;un appel surtaxé, en minutes</translation>
    </message>
    <message>
        <source>fraudulent subscriptions, as a share of subscribers</source>
        <translation>abonnements frauduleux, en part des abonnés</translation>
    </message>
    <message>
        <source>days between a number&apos;s first and last record</source>
        <translation>jours entre le premier et le dernier enregistrement d&apos;un numéro</translation>
    </message>
    <message>
        <source>calls a day</source>
        <translation>appels par jour</translation>
    </message>
    <message>
        <source>calls to foreign numbers, as a share of its calls</source>
        <translation>appels vers des numéros étrangers, en part de ses appels</translation>
    </message>
    <message>
        <source>swapped subscribers, as a share of subscribers</source>
        <translation>abonnés dont la SIM est détournée, en part des abonnés</translation>
    </message>
    <message>
        <source>hours until the owner gets the number back</source>
        <translation>heures avant que le titulaire récupère son numéro</translation>
    </message>
    <message>
        <source>one-time-code SMS the number receives</source>
        <translation>SMS de code à usage unique que reçoit le numéro</translation>
    </message>
    <message>
        <source>calls the fraudster places</source>
        <translation>appels passés par le fraudeur</translation>
    </message>
    <message>
        <source>median distance of the fraudster from the owner&apos;s home, in km</source>
        <translation>distance médiane entre le fraudeur et le domicile du titulaire, en km</translation>
    </message>
    <message>
        <source>network test SIMs, as a share of subscribers</source>
        <translation>SIM de test du réseau, en part des abonnés</translation>
    </message>
    <message>
        <source>test calls a day (96: one every 15 minutes)</source>
        <translation>appels de test par jour (96 : un toutes les 15 minutes)</translation>
    </message>
    <message>
        <source>agent lines, as a share of subscribers</source>
        <translation>lignes d&apos;agents, en part des abonnés</translation>
    </message>
    <message>
        <source>agent lines of one centre</source>
        <translation>lignes d&apos;agents d&apos;un centre</translation>
    </message>
    <message>
        <source>outgoing calls of one agent line a working day</source>
        <translation>appels sortants d&apos;une ligne d&apos;agent par jour ouvrable</translation>
    </message>
    <message>
        <source>subscribers with more SIMs in their handset, as a share of subscribers</source>
        <translation>abonnés avec plusieurs SIM dans leur GSM, en part des abonnés</translation>
    </message>
    <message>
        <source>SIMs besides the subscriber&apos;s own</source>
        <translation>SIM en plus de celle de l&apos;abonné</translation>
    </message>
    <message>
        <source>an extra SIM&apos;s records, relative to an average subscriber&apos;s</source>
        <translation>enregistrements d&apos;une SIM en plus, par rapport à ceux d&apos;un abonné moyen</translation>
    </message>
    <message>
        <source>SIM box</source>
        <translation>Boîtier SIM (SIM box)</translation>
    </message>
    <message>
        <source>Wangiri (one-ring calls)</source>
        <translation>Wangiri (appels à une sonnerie)</translation>
    </message>
    <message>
        <source>Premium-rate fraud (IRSF)</source>
        <translation>Fraude aux numéros surtaxés (IRSF)</translation>
    </message>
    <message>
        <source>Subscription fraud</source>
        <translation>Fraude à l&apos;abonnement</translation>
    </message>
    <message>
        <source>SIM swap</source>
        <translation>Détournement de SIM (SIM swap)</translation>
    </message>
    <message>
        <source>Network test probe</source>
        <translation>Sonde de test du réseau</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Centre d&apos;appels</translation>
    </message>
    <message>
        <source>Several SIMs in one handset</source>
        <translation>Plusieurs SIM dans un GSM</translation>
    </message>
    <message>
        <source>Boxes at fixed places hold many SIMs of our operators that share a few IMEIs and turn foreign calls into local ones: heavy outgoing voice to many callees at all hours, almost nothing incoming, no SMS, no data.</source>
        <translation>Des boîtiers à des endroits fixes contiennent de nombreuses SIM de nos opérateurs qui partagent quelques IMEI et transforment des appels étrangers en appels locaux : beaucoup d&apos;appels sortants vers de nombreux correspondants à toute heure, presque rien d&apos;entrant, ni SMS ni données.</translation>
    </message>
    <message>
        <source>Foreign numbers of high-cost ranges ring many subscribers once, in bursts, often at night; some victims call back and pay.</source>
        <translation>Des numéros étrangers de tranches coûteuses font sonner une fois de nombreux abonnés, en salves, souvent la nuit ; certaines victimes rappellent et paient.</translation>
    </message>
    <message>
        <source>Hijacked SIMs call international premium ranges: long calls, several at once, at night and at weekends.</source>
        <translation>Des SIM piratées appellent des numéros internationaux surtaxés : longs appels, plusieurs à la fois, la nuit et le week-end.</translation>
    </message>
    <message>
        <source>Numbers first seen mid-period with immediate heavy international use, gone within days.</source>
        <translation>Des numéros apparus en cours de période avec un usage international intense immédiat, disparus en quelques jours.</translation>
    </message>
    <message>
        <source>A subscriber&apos;s number moves to a new handset in a new place, receives one-time codes by SMS and calls out, while the old handset goes silent.</source>
        <translation>Le numéro d&apos;un abonné passe sur un nouveau GSM à un nouvel endroit, reçoit des codes à usage unique par SMS et appelle, tandis que l&apos;ancien GSM se tait.</translation>
    </message>
    <message>
        <source>Legitimate: network test SIMs at fixed places call many numbers around the clock.</source>
        <translation>Légitime : des SIM de test du réseau à des endroits fixes appellent de nombreux numéros jour et nuit.</translation>
    </message>
    <message>
        <source>Legitimate: agent lines place many outgoing calls to many callees in business hours.</source>
        <translation>Légitime : des lignes d&apos;agents passent de nombreux appels sortants vers de nombreux correspondants aux heures de bureau.</translation>
    </message>
    <message>
        <source>Legitimate: two or three SIMs of one person in one handset.</source>
        <translation>Légitime : deux ou trois SIM d&apos;une même personne dans un seul GSM.</translation>
    </message>
    <message>
        <source>0 = the textbook signature a simple rule finds; 1 = imitates ordinary subscribers (traffic among themselves, human hours, a few places): harder to find, still named by the answer key</source>
        <translation>0 = la signature des manuels, qu&apos;une règle simple trouve ; 1 = imite les abonnés ordinaires (trafic entre eux, heures humaines, quelques lieux) : plus difficile à trouver, toujours nommé par la vérité terrain</translation>
    </message>
    <message>
        <source>fraud</source>
        <translation>fraude</translation>
    </message>
    <message>
        <source>look-alike</source>
        <translation>sosie légitime</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>victime</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a scenario&apos;s name, then the answer key&apos;s group number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · group %3</source>
        <translation>%1 · %2 · groupe %3</translation>
    </message>
    <message>
        <source>caller: %1</source>
        <translation>appelant : %1</translation>
    </message>
    <message>
        <source>callee: %1</source>
        <translation>appelé : %1</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>S&amp;cenarios:</source>
        <translation>S&amp;cénarios :</translation>
    </message>
    <message>
        <source>Fraud &amp;lab: all on</source>
        <translation>&amp;Labo de fraude : tout activer</translation>
    </message>
    <message>
        <source>Switch every scenario on with its default settings over the whole period, as the fraud-lab preset does</source>
        <translation>Active chaque scénario avec ses réglages par défaut sur toute la période, comme le préréglage fraud-lab</translation>
    </message>
    <message>
        <source>&amp;All off</source>
        <translation>&amp;Tout désactiver</translation>
    </message>
    <message>
        <source>Switch every scenario off (their settings are kept)</source>
        <translation>Désactive tous les scénarios (leurs réglages sont conservés)</translation>
    </message>
    <message>
        <source>&amp;Sites of the SIM boxes, test probes and call centres:</source>
        <translation>&amp;Sites des boîtiers SIM, sondes de test et centres d&apos;appels :</translation>
    </message>
    <message>
        <source>&amp;Zoom to the site</source>
        <translation>&amp;Zoomer sur le site</translation>
    </message>
    <message>
        <source>Centre the map on the selected site and zoom in on its antennas</source>
        <translation>Centre la carte sur le site sélectionné et zoome sur ses antennes</translation>
    </message>
    <message>
        <source>The places the run puts its SIM boxes, test probes and call centres (from the answer key); select one to ring its antennas on the map</source>
        <translation>Les endroits où l&apos;exécution place ses boîtiers SIM, sondes de test et centres d&apos;appels (d&apos;après la vérité terrain) ; sélectionnez-en un pour entourer ses antennes sur la carte</translation>
    </message>
    <message>
        <source>Fraud, and legitimate behaviours that trip naive fraud rules, for testing detection. Every number taking part is named in the answer key (the _labels table beside the CDR table, e.g. cdr_labels, written with the world tables), never in the records. All off by default.</source>
        <translation>De la fraude, et des comportements légitimes qui piègent les règles naïves, pour tester la détection. Chaque numéro concerné est nommé dans la vérité terrain (la table _labels à côté de la table des CDR, p. ex. cdr_labels, écrite avec les tables du monde), jamais dans les enregistrements. Tout est désactivé par défaut.</translation>
    </message>
    <message>
        <source>Tick a scenario to generate it (scenarios.NAME.enabled); select it to edit its settings</source>
        <translation>Cochez un scénario pour le générer (scenarios.NAME.enabled) ; sélectionnez-le pour modifier ses réglages</translation>
    </message>
</context>
<context>
    <name>TargetFiles</name>
    <message>
        <source>Folder of the bcp files</source>
        <translation>Dossier des fichiers bcp</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.csv.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>T-SQL script</source>
        <translation>Script T-SQL</translation>
    </message>
    <message>
        <source>T-SQL scripts (*.sql *.sql.gz);;All files (*)</source>
        <translation>Scripts T-SQL (*.sql *.sql.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>Base de données SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>Writes %1, … (a file per %2 that has records), %3, the format file and the load scripts, in %4</source>
        <translation>Écrit %1, … (un fichier par %2 qui a des enregistrements), %3, le fichier de format et les scripts de chargement, dans %4</translation>
    </message>
    <message>
        <source>Writes %1, … (a file per %2 that has records) and %3, in %4</source>
        <translation>Écrit %1, … (un fichier par %2 qui a des enregistrements) et %3, dans %4</translation>
    </message>
</context>
<context>
    <name>TypesPanel</name>
    <message>
        <source>Call types and weights</source>
        <translation>Types d&apos;appel et poids</translation>
    </message>
    <message>
        <source>data_types.call_types with realism.call_type_weights</source>
        <translation>data_types.call_types avec realism.call_type_weights</translation>
    </message>
    <message>
        <source>Call statuses</source>
        <translation>Statuts d&apos;appel</translation>
    </message>
    <message>
        <source>data_types.call_status</source>
        <translation>data_types.call_status</translation>
    </message>
    <message>
        <source>Antenna types and weights</source>
        <translation>Types d&apos;antenne et poids</translation>
    </message>
    <message>
        <source>data_types.antenna_types with realism.antenna_type_weights</source>
        <translation>data_types.antenna_types avec realism.antenna_type_weights</translation>
    </message>
    <message>
        <source>Status weights per call type</source>
        <translation>Poids des statuts par type d&apos;appel</translation>
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
        <translation>À propos de cdrgen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Synthetic Belgian Call Detail Record generator</source>
        <translation>Générateur d&apos;enregistrements détaillés d&apos;appels (CDR) belges synthétiques</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>cdrgen licence</source>
        <translation>Licence de cdrgen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Generates realistic synthetic Belgian Call Detail Records for building and testing analytics without personal data.&lt;/p&gt;&lt;p&gt;Copyright &amp;copy; 2026 The cdrgen authors. Released under the MIT licence: free to use, copy, modify and distribute, without warranty.&lt;/p&gt;&lt;h4&gt;Data&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Borders&lt;/b&gt;: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; 1:10m and 1:50m admin-0 countries (public domain), via the world-atlas package (ISC).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Places and populations&lt;/b&gt;: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames, geonames.org&lt;/a&gt;, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; Belgian places of 1,000 inhabitants or more, reduced to five columns.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Numbering plan&lt;/b&gt;: Belgian mobile number blocks and network codes are facts from Google&apos;s libphonenumber metadata (Apache-2.0) and publications of the BIPT.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;Built with&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPLv3)&lt;/li&gt;&lt;li&gt;yaml-cpp (MIT)&lt;/li&gt;&lt;li&gt;spdlog %2 (MIT)&lt;/li&gt;&lt;li&gt;libcurl (curl licence)&lt;/li&gt;&lt;li&gt;SQLite (public domain), libpq (PostgreSQL licence), unixODBC (LGPL), xxHash (BSD-2-Clause)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Génère des enregistrements détaillés d&apos;appels (CDR) belges, synthétiques et réalistes, pour construire et tester des analyses sans données personnelles.&lt;/p&gt;&lt;p&gt;Copyright &amp;copy; 2026 Les auteurs de cdrgen. Publié sous licence MIT&#xa0;: libre d&apos;utilisation, de copie, de modification et de distribution, sans garantie.&lt;/p&gt;&lt;h4&gt;Données&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Frontières&lt;/b&gt;&#xa0;: pays admin-0 de &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; au 1:10m et au 1:50m (domaine public), via le paquet world-atlas (ISC).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Localités et populations&lt;/b&gt;&#xa0;: &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames, geonames.org&lt;/a&gt;, sous licence &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;&#xa0;; localités belges de 1 000 habitants ou plus, réduites à cinq colonnes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plan de numérotation&lt;/b&gt;&#xa0;: les blocs de numéros mobiles belges et les codes de réseau sont des faits tirés des métadonnées de libphonenumber de Google (Apache-2.0) et des publications de l&apos;IBPT.&lt;/li&gt;&lt;/ul&gt;&lt;h4&gt;Réalisé avec&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPLv3)&lt;/li&gt;&lt;li&gt;yaml-cpp (MIT)&lt;/li&gt;&lt;li&gt;spdlog %2 (MIT)&lt;/li&gt;&lt;li&gt;libcurl (licence curl)&lt;/li&gt;&lt;li&gt;SQLite (domaine public), libpq (licence PostgreSQL), unixODBC (LGPL), xxHash (BSD-2-Clause)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>cdr::gui::ConfigEditor</name>
    <message>
        <source>✓ The configuration is valid.</source>
        <translation>✓ La configuration est valide.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) block the run; the marked sections explain them.</source>
        <translation>
            <numerusform>%n problème empêche l&apos;exécution&#xa0;; les sections marquées l&apos;expliquent.</numerusform>
            <numerusform>%n problèmes empêchent l&apos;exécution&#xa0;; les sections marquées les expliquent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The market shares must add up to 100 % before a run can start.</source>
        <translation>Le total des parts de marché doit faire 100&#xa0;% avant de pouvoir lancer une exécution.</translation>
    </message>
</context>
<context>
    <name>cdr::gui::DatabasePanel</name>
    <message>
        <source>SQLite file (embedded)</source>
        <translation>Fichier SQLite (intégré)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>ODBC (SQL Server, PostgreSQL, …)</source>
        <translation>ODBC (SQL Server, PostgreSQL, …)</translation>
    </message>
    <message>
        <source>PostgreSQL (native, COPY)</source>
        <translation>PostgreSQL (natif, COPY)</translation>
    </message>
    <message>
        <source>e.g. sql.example.com</source>
        <translation>p. ex. sql.example.com</translation>
    </message>
    <message>
        <source>e.g. cdrdb</source>
        <translation>p. ex. cdrdb</translation>
    </message>
    <message>
        <source>No .env file loaded.</source>
        <translation>Aucun fichier .env chargé.</translation>
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
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Choose an ODBC driver or a DSN.</source>
        <translation>Choisissez un pilote ODBC ou un DSN.</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Table&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>✓ Connected: %1</source>
        <translation>✓ Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reprendre</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>remplacer</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>refuser</translation>
    </message>
    <message>
        <source>The database behind this ODBC target is known only once connected: SQL Server is shown, choose another dialect if needed.</source>
        <translation>La base de données derrière cette destination ODBC n&apos;est connue qu&apos;une fois connecté&#xa0;: SQL Server est affiché, choisissez un autre dialecte si nécessaire.</translation>
    </message>
    <message>
        <source>A CSV target runs no SQL. Choose the database you will load the file into.</source>
        <translation>Une destination CSV n&apos;exécute pas de SQL. Choisissez la base de données dans laquelle vous chargerez le fichier.</translation>
    </message>
    <message>
        <source>This target&apos;s table</source>
        <translation>La table de cette cible</translation>
    </message>
    <message>
        <source>A CSV or SQLite file…</source>
        <translation>Un fichier CSV ou SQLite…</translation>
    </message>
    <message>
        <source>Profile a table</source>
        <translation>Profiler une table</translation>
    </message>
    <message>
        <source>CDR tables (*.csv *.csv.gz *.sqlite *.db);;All files (*)</source>
        <translation>Tables de CDR (*.csv *.csv.gz *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>SQL file</source>
        <translation>Fichier SQL</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>Fichiers SQL (*.sql)</translation>
    </message>
    <message>
        <source>T-SQL script for SQL Server (.sql, .sql.gz)</source>
        <translation>Script T-SQL pour SQL Server (.sql, .sql.gz)</translation>
    </message>
    <message>
        <source>bcp files for SQL Server (folder)</source>
        <translation>Fichiers bcp pour SQL Server (dossier)</translation>
    </message>
    <message>
        <source>none (one file)</source>
        <translation>aucun (un seul fichier)</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>One file per day or hour of the records&apos; start times, with a manifest of the files (the command line&apos;s --split)</source>
        <translation>Un fichier par jour ou par heure de début des enregistrements, avec un manifeste des fichiers (--split en ligne de commande)</translation>
    </message>
    <message>
        <source>Only files are split: choose a CSV file, a T-SQL script or bcp files (the command line&apos;s --split refuses a database target)</source>
        <translation>Seuls les fichiers se découpent&#xa0;: choisissez un fichier CSV, un script T-SQL ou des fichiers bcp (--split en ligne de commande refuse une base de données)</translation>
    </message>
    <message>
        <source>A T-SQL script, bcp files and split files cannot be read back: load them into a database and profile its table, or profile a CSV file</source>
        <translation>Un script T-SQL, des fichiers bcp et des fichiers découpés ne se relisent pas&#xa0;: chargez-les dans une base et profilez sa table, ou profilez un fichier CSV</translation>
    </message>
    <message>
        <source>A CSV file runs no SQL: load it into a database and run the SQL there.</source>
        <translation>Un fichier CSV n&apos;exécute pas de SQL&#xa0;: chargez-le dans une base et exécutez-y le SQL.</translation>
    </message>
    <message>
        <source>Split files are each loaded on their own: run the SQL once with sqlcmd -i (or psql -f) before and after loading them.</source>
        <translation>Les fichiers découpés se chargent chacun à part&#xa0;: exécutez le SQL une fois avec sqlcmd -i (ou psql -f) avant et après leur chargement.</translation>
    </message>
    <message>
        <source>A bcp folder runs no SQL: run it with sqlcmd -i before and after load.sh, or write a T-SQL script, which holds it.</source>
        <translation>Un dossier bcp n&apos;exécute pas de SQL&#xa0;: exécutez-le avec sqlcmd -i avant et après load.sh, ou écrivez un script T-SQL, qui le contient.</translation>
    </message>
    <message>
        <source>Choose a .sql file to run instead of typed statements</source>
        <translation>Choisir un fichier .sql à exécuter au lieu d&apos;instructions saisies</translation>
    </message>
    <message>
        <source>%1 A run with this target stops before it starts while these fields hold text: empty them.</source>
        <translation>%1 Une exécution vers cette cible s&apos;arrête avant de commencer tant que ces champs contiennent du texte&#xa0;: videz-les.</translation>
    </message>
    <message>
        <source>T-SQL script %1</source>
        <translation>Script T-SQL %1</translation>
    </message>
    <message>
        <source>bcp files in %1</source>
        <translation>Fichiers bcp dans %1</translation>
    </message>
    <message>
        <source>%1, one file per day</source>
        <translation>%1, un fichier par jour</translation>
    </message>
    <message>
        <source>%1, one file per hour</source>
        <translation>%1, un fichier par heure</translation>
    </message>
    <message>
        <source>Choose the folder to write.</source>
        <translation>Choisissez le dossier où écrire.</translation>
    </message>
</context>
<context>
    <name>cdr::gui::DefectKindForm</name>
    <message>
        <source>&amp;Duplicates (duplicates)</source>
        <translation>&amp;Doublons (duplicates)</translation>
    </message>
    <message>
        <source>&amp;Missing fields (missing_fields)</source>
        <translation>Champs &amp;manquants (missing_fields)</translation>
    </message>
    <message>
        <source>&amp;Orphans (orphans)</source>
        <translation>&amp;Orphelins (orphans)</translation>
    </message>
    <message>
        <source>&amp;Timestamp faults (timestamp_faults)</source>
        <translation>&amp;Horodatages erronés (timestamp_faults)</translation>
    </message>
    <message>
        <source>&amp;Corrupt values (corrupt_values)</source>
        <translation>Valeurs &amp;corrompues (corrupt_values)</translation>
    </message>
    <message>
        <source>The share of the records that take this defect: 0.01 is one record in a hundred.</source>
        <translation>La part des enregistrements qui reçoivent ce défaut&#xa0;: 0.01 fait un enregistrement sur cent.</translation>
    </message>
    <message>
        <source>Rate (0 to 1):</source>
        <translation>Taux (0 à 1)&#xa0;:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Variantes&#xa0;:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>= %1 % of the records</source>
        <translation>= %1&#xa0;% des enregistrements</translation>
    </message>
    <message>
        <source>The default columns are every column but id and the receiving side, which are empty in a clean record whenever the callee is off-net.</source>
        <translation>Les colonnes par défaut sont toutes sauf id et le côté réception, vides dans un enregistrement propre quand l&apos;appelé est hors réseau.</translation>
    </message>
</context>
<context>
    <name>cdr::gui::EventsPanel</name>
    <message>
        <source>New gathering %1</source>
        <translation>Nouveau rassemblement %1</translation>
    </message>
    <message>
        <source>New outage %1</source>
        <translation>Nouvelle panne %1</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Événement sélectionné</translation>
    </message>
    <message>
        <source>Selected gathering</source>
        <translation>Rassemblement sélectionné</translation>
    </message>
    <message>
        <source>Selected outage</source>
        <translation>Panne sélectionnée</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Select or add a gathering or an outage, then click the map to place it. Orange: gatherings; red: outages; dashed: switched off.</source>
        <translation>Sélectionnez ou ajoutez un rassemblement ou une panne, puis cliquez sur la carte pour le placer. Orange : rassemblements ; rouge : pannes ; en pointillé : désactivés.</translation>
    </message>
    <message>
        <source>A click on the map moves &quot;%1&quot; there; its circle shows the radius. Wheel: zoom · drag: pan.</source>
        <translation>Un clic sur la carte y déplace « %1 » ; son cercle montre le rayon. Molette : zoom · glisser : déplacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n antenna(s) ringed: the event&apos;s (within the radius, and the nearest one of every operator).</source>
        <translation>
            <numerusform>%n antenne entourée : celle de l&apos;événement (dans le rayon, et la plus proche de chaque opérateur).</numerusform>
            <numerusform>%n antennes entourées : celles de l&apos;événement (dans le rayon, et la plus proche de chaque opérateur).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdr::gui::LanguageMenu</name>
    <message>
        <source>cdrgen will use the new language the next time it starts.</source>
        <translation>cdrgen utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>cdr::gui::LogPane</name>
    <message>
        <source>Debug and above</source>
        <translation>Débogage et plus</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
</context>
<context>
    <name>cdr::gui::MailSender</name>
    <message>
        <source>No e-mail settings: set GMAIL_USERNAME, GMAIL_APP_PASSWORD and RECIPIENT_EMAIL in .env.</source>
        <translation>Pas de paramètres d&apos;e-mail&#xa0;: définissez GMAIL_USERNAME, GMAIL_APP_PASSWORD et RECIPIENT_EMAIL dans le .env.</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>%1 envoyé.</translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 non envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation>E-mail de test</translation>
    </message>
    <message>
        <source>Summary e-mail</source>
        <translation>E-mail de résumé</translation>
    </message>
</context>
<context>
    <name>cdr::gui::MainWindow</name>
    <message>
        <source>Open configuration</source>
        <translation>Ouvrir une configuration</translation>
    </message>
    <message>
        <source>YAML configuration (*.yml *.yaml);;All files (*)</source>
        <translation>Configuration YAML (*.yml *.yaml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Load .env</source>
        <translation>Charger un .env</translation>
    </message>
    <message>
        <source>.env files (.env *.env);;All files (*)</source>
        <translation>Fichiers .env (.env *.env);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sending a test e-mail…</source>
        <translation>Envoi d&apos;un e-mail de test…</translation>
    </message>
    <message>
        <source>Cannot open configuration</source>
        <translation>Impossible d&apos;ouvrir la configuration</translation>
    </message>
    <message>
        <source>%1 has problems:

%2</source>
        <translation>%1 pose problème&#xa0;:

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opened %1 with warnings: %2</source>
        <translation>Ouvert&#xa0;: %1, avec des avertissements&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save configuration</source>
        <translation>Impossible d&apos;enregistrer la configuration</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save configuration as</source>
        <translation>Enregistrer la configuration sous</translation>
    </message>
    <message>
        <source>YAML configuration (*.yml *.yaml)</source>
        <translation>Configuration YAML (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>No .env file found; values from the process environment.</source>
        <translation>Aucun fichier .env trouvé&#xa0;; valeurs tirées de l&apos;environnement du processus.</translation>
    </message>
    <message>
        <source>Connection values from %1.</source>
        <translation>Paramètres de connexion lus dans %1.</translation>
    </message>
    <message>
        <source>Start is blocked: fix the problems shown on the Configuration tab first.</source>
        <translation>Lancement impossible&#xa0;: corrigez d&apos;abord les problèmes signalés dans l&apos;onglet Configuration.</translation>
    </message>
    <message>
        <source>%1, table %2 · %3 records in batches of %4 · seed %5</source>
        <translation>%1, table %2 · %3 enregistrements par lots de %4 · graine %5</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Impossible de lancer</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Annulation après le lot en cours…</translation>
    </message>
    <message>
        <source>Sending the summary e-mail…</source>
        <translation>Envoi de l&apos;e-mail de résumé…</translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation>Exécution en cours</translation>
    </message>
    <message>
        <source>A run is in progress. Cancel it and quit?

The current batch is finished first; the table stays resumable.</source>
        <translation>Une exécution est en cours. L&apos;annuler et quitter&#xa0;?

Le lot en cours est d&apos;abord terminé&#xa0;; la table pourra être reprise.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The configuration %1 has unsaved changes. Save them first?</source>
        <translation>La configuration %1 a des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>The run history was not saved: %1</source>
        <translation>L&apos;historique des exécutions n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot load this run</source>
        <translation>Impossible de charger cette exécution</translation>
    </message>
    <message>
        <source>The history holds no configuration for this run.</source>
        <translation>L&apos;historique ne contient aucune configuration pour cette exécution.</translation>
    </message>
    <message>
        <source>Loaded the configuration of the run started %1 (preset %2); Start runs it again.</source>
        <translation>Configuration de l&apos;exécution lancée le %1 chargée (préréglage %2)&#xa0;; lancez l&apos;exécution pour la refaire.</translation>
    </message>
</context>
<context>
    <name>cdr::gui::MapPanel</name>
    <message>
        <source>Fix the configuration to see its antennas.</source>
        <translation>Corrigez la configuration pour voir ses antennes.</translation>
    </message>
    <message>
        <source>Building the world…</source>
        <translation>Construction du monde simulé…</translation>
    </message>
    <message>
        <source>World build failed: %1</source>
        <translation>Échec de la construction du monde simulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1: the caller&apos;s home, the emission antenna (ANT%2)</source>
        <translation>Enregistrement %1&#xa0;: domicile de l&apos;appelant, antenne d&apos;émission (ANT%2)</translation>
    </message>
    <message>
        <source>Record %1: the caller&apos;s home, the emission antenna (ANT%2) and the reception antenna (ANT%3)</source>
        <translation>Enregistrement %1&#xa0;: domicile de l&apos;appelant, antenne d&apos;émission (ANT%2) et antenne de réception (ANT%3)</translation>
    </message>
    <message>
        <source>The box was not changed. %1</source>
        <translation>La zone géographique n&apos;a pas été modifiée. %1</translation>
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
        <translation>domiciles des appelants</translation>
    </message>
    <message>
        <source>&lt;b&gt;ANT%1&lt;/b&gt;&lt;br&gt;type %2&lt;br&gt;operator %3&lt;br&gt;altitude %4 m&lt;br&gt;%5, %6</source>
        <translation>&lt;b&gt;ANT%1&lt;/b&gt;&lt;br&gt;type %2&lt;br&gt;opérateur %3&lt;br&gt;altitude %4 m&lt;br&gt;%5, %6</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
</context>
<context>
    <name>cdr::gui::OperatorsModel</name>
    <message>
        <source>National prefixes such as 047, 0456, 04510; empty = the engine assigns free 04x blocks</source>
        <translation>Préfixes nationaux comme 047, 0456, 04510&#xa0;; vide = le moteur attribue des blocs 04x libres</translation>
    </message>
    <message>
        <source>Percent of subscribers; all operators together must make 100 %</source>
        <translation>Pourcentage d&apos;abonnés&#xa0;; le total de tous les opérateurs doit faire 100&#xa0;%</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Market share %</source>
        <translation>Part de marché&#xa0;%</translation>
    </message>
    <message>
        <source>MCC-MNC</source>
        <translation>MCC-MNC</translation>
    </message>
    <message>
        <source>Number blocks</source>
        <translation>Blocs de numéros</translation>
    </message>
</context>
<context>
    <name>cdr::gui::OperatorsPanel</name>
    <message>
        <source>Shares total: %1 % ✓</source>
        <translation>Total des parts&#xa0;: %1&#xa0;% ✓</translation>
    </message>
    <message>
        <source>Shares total: %1 % — must be 100 %</source>
        <translation>Total des parts&#xa0;: %1&#xa0;% — doit faire 100&#xa0;%</translation>
    </message>
</context>
<context>
    <name>cdr::gui::PeriodChart</name>
    <message>
        <source>Records per hour over the period</source>
        <translation>Enregistrements par heure sur la période</translation>
    </message>
    <message>
        <source>Records per hour over the period (estimated from a sample of %1 records)</source>
        <translation>Enregistrements par heure sur la période (estimés sur un échantillon de %1 enregistrements)</translation>
    </message>
    <message>
        <source>records / hour</source>
        <translation>enregistrements / heure</translation>
    </message>
    <message>
        <source>records per hour</source>
        <translation>enregistrements par heure</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>moyenne du jour</translation>
    </message>
</context>
<context>
    <name>cdr::gui::PresetManager</name>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Belgian default</source>
        <translation>Belgique (par défaut)</translation>
    </message>
    <message>
        <source>Belgian default (built in)</source>
        <translation>Belgique (par défaut, intégré)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The configuration shipped with cdrgen</source>
        <translation>La configuration livrée avec cdrgen</translation>
    </message>
    <message>
        <source>Your presets are saved in %1</source>
        <translation>Vos préréglages sont enregistrés dans %1</translation>
    </message>
</context>
<context>
    <name>cdr::gui::PreviewCharts</name>
    <message>
        <source>Calls per hour of day</source>
        <translation>Appels par heure de la journée</translation>
    </message>
    <message>
        <source>Duration by call type</source>
        <translation>Durée par type d&apos;appel</translation>
    </message>
    <message>
        <source>Operator shares (%)</source>
        <translation>Parts des opérateurs (%)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <source>hour of the call start</source>
        <translation>heure de début de l&apos;appel</translation>
    </message>
    <message>
        <source>duration up to</source>
        <translation>durée jusqu&apos;à</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configuré</translation>
    </message>
    <message>
        <source>preview (caller)</source>
        <translation>aperçu (appelant)</translation>
    </message>
    <message>
        <source>% of subscribers / callers</source>
        <translation>% des abonnés / appelants</translation>
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
        <translation>%1h</translation>
    </message>
</context>
<context>
    <name>cdr::gui::PreviewPanel</name>
    <message>
        <source>Nothing previewed yet.</source>
        <translation>Pas encore d&apos;aperçu.</translation>
    </message>
    <message>
        <source>The configuration changed since this preview; generate it again to update.</source>
        <translation>La configuration a changé depuis cet aperçu&#xa0;; générez-le à nouveau pour le mettre à jour.</translation>
    </message>
    <message>
        <source>Fix the problems on the Configuration tab first.</source>
        <translation>Corrigez d&apos;abord les problèmes de l&apos;onglet Configuration.</translation>
    </message>
    <message numerus="yes">
        <source>Building the world and generating %n record(s)…</source>
        <translation>
            <numerusform>Construction du monde simulé et génération de&#xa0;%Ln enregistrement…</numerusform>
            <numerusform>Construction du monde simulé et génération de&#xa0;%Ln enregistrements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Échec de l&apos;aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 records (ids 1–%1) in %2 s. Nothing was written.</source>
        <translation>%1 enregistrements (ids 1–%1) en %2 s. Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>The answer key names a number of %n of them (last column).</source>
        <translation>
            <numerusform>La vérité terrain nomme un numéro de %n d&apos;entre eux (dernière colonne).</numerusform>
            <numerusform>La vérité terrain nomme un numéro de %n d&apos;entre eux (dernière colonne).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them damaged on purpose (tinted cells; the tooltip names the defect).</source>
        <translation>
            <numerusform>%n d&apos;entre eux abîmé exprès (cellules teintées&#xa0;; l&apos;infobulle nomme le défaut).</numerusform>
            <numerusform>%n d&apos;entre eux abîmés exprès (cellules teintées&#xa0;; l&apos;infobulle nomme le défaut).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdr::gui::RecordTableModel</name>
    <message>
        <source>answer key (not in the CDR)</source>
        <translation>vérité terrain (hors CDR)</translation>
    </message>
    <message>
        <source>The answer key names neither number of this record</source>
        <translation>La vérité terrain ne nomme aucun des deux numéros de cet enregistrement</translation>
    </message>
    <message>
        <source>From the answer key (the _labels table beside the CDR table), not from the record: %1</source>
        <translation>D&apos;après la vérité terrain (la table _labels à côté de la table des CDR), pas d&apos;après l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>A copy of record %1.</source>
        <translation>Une copie de l&apos;enregistrement %1.</translation>
    </message>
    <message>
        <source>Clean value: %1</source>
        <translation>Valeur propre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clean value: empty</source>
        <translation>Valeur propre&#xa0;: vide</translation>
    </message>
</context>
<context>
    <name>cdr::gui::ReportActions</name>
    <message>
        <source>Open &amp;report</source>
        <translation>Ouvrir le &amp;rapport</translation>
    </message>
    <message>
        <source>Profile the rows of the last run, read back from its target, and open the report in the browser</source>
        <translation>Profiler les lignes du dernier run, relues dans sa cible, et ouvrir le rapport dans le navigateur</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Reading the rows of %1…</source>
        <translation>Lecture des lignes de %1…</translation>
    </message>
    <message>
        <source>Reading the rows of %1: %2 so far…</source>
        <translation>Lecture des lignes de %1&#xa0;: %2 jusqu&apos;ici…</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Pas de rapport</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Le rapport n&apos;a pas pu être fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>This run writes a T-SQL script, bcp files or split files, which a report cannot read back: load them into a database and profile its table with Profile a table… on the Database tab</source>
        <translation>Cette exécution écrit un script T-SQL, des fichiers bcp ou des fichiers découpés, qu&apos;un rapport ne peut pas relire&#xa0;: chargez-les dans une base et profilez sa table avec Profiler une table… dans l&apos;onglet Base de données</translation>
    </message>
</context>
<context>
    <name>cdr::gui::ReportJob</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cdr::gui::RunChart</name>
    <message>
        <source>rows/s</source>
        <translation>lignes/s</translation>
    </message>
    <message>
        <source>batch latency (ms)</source>
        <translation>latence des lots (ms)</translation>
    </message>
    <message>
        <source>seconds since the first batch</source>
        <translation>secondes depuis le premier lot</translation>
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
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Préréglage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Lancée</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Lignes/s</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>cdr::gui::RunPanel</name>
    <message>
        <source>No run yet.</source>
        <translation>Pas encore d&apos;exécution.</translation>
    </message>
    <message>
        <source>Preparing the target and building the world…</source>
        <translation>Préparation de la destination et construction du monde simulé…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Destination&#xa0;:&lt;/b&gt; %1</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 / %2 records</source>
        <translation>%1 / %2 enregistrements</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Temps restant&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, table %2</source>
        <translation>%1, table %2</translation>
    </message>
    <message>
        <source>%1 rows in %2 (%3 rows/s) into %4.</source>
        <translation>%1 lignes en %2 (%3 lignes/s) dans %4.</translation>
    </message>
    <message>
        <source>✓ Completed: %1</source>
        <translation>✓ Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source> Ids %1–%2.</source>
        <translation> Ids %1–%2.</translation>
    </message>
    <message>
        <source>Cancelled: %1 The table is resumable: start again to continue after id %2.</source>
        <translation>Annulé&#xa0;: %1 La table peut être reprise&#xa0;: relancez pour continuer après l&apos;id %2.</translation>
    </message>
    <message>
        <source>✗ Failed: %1 %2</source>
        <translation>✗ Échec&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>%1 rows/s on average</source>
        <translation>%1 lignes/s en moyenne</translation>
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
        <translation>sosie légitime</translation>
    </message>
    <message>
        <source>&amp;Enabled in the run</source>
        <translation>&amp;Activé dans l&apos;exécution</translation>
    </message>
    <message>
        <source>Generate this scenario&apos;s records and answer-key rows (%1)</source>
        <translation>Générer les enregistrements de ce scénario et ses lignes de vérité terrain (%1)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Depuis :</translation>
    </message>
    <message>
        <source>Off: from the start of generation.period. On: from this time (%1)</source>
        <translation>Décoché : depuis le début de generation.period. Coché : depuis ce moment (%1)</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;à :</translation>
    </message>
    <message>
        <source>Off: until the end of generation.period. On: until this time (%1)</source>
        <translation>Décoché : jusqu&apos;à la fin de generation.period. Coché : jusqu&apos;à ce moment (%1)</translation>
    </message>
    <message>
        <source>&amp;Prevalence:</source>
        <translation>&amp;Prévalence :</translation>
    </message>
    <message>
        <source>&amp;Mimicry:</source>
        <translation>&amp;Mimétisme :</translation>
    </message>
    <message>
        <source>textbook signature ← → like ordinary subscribers</source>
        <translation>signature des manuels ← → comme des abonnés ordinaires</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>%1 (%2; from %3 to %4, default %5)</source>
        <translation>%1 (%2 ; de %3 à %4, par défaut %5)</translation>
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
        <translation>Sosies légitimes</translation>
    </message>
    <message>
        <source>Fix the configuration to see where the scenarios&apos; sites are.</source>
        <translation>Corrigez la configuration pour voir où sont les sites des scénarios.</translation>
    </message>
    <message>
        <source>Placing the scenarios in the world…</source>
        <translation>Placement des scénarios dans le monde…</translation>
    </message>
    <message>
        <source>The scenarios cannot be placed: %1</source>
        <translation>Impossible de placer les scénarios : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n antenna(s)</source>
        <translation>
            <numerusform>%1 : %n antenne</numerusform>
            <numerusform>%1 : %n antennes</numerusform>
        </translation>
    </message>
    <message>
        <source>No site: switch on the SIM box, the network test probe or the call centre to place theirs.</source>
        <translation>Aucun site : activez le boîtier SIM, la sonde de test du réseau ou le centre d&apos;appels pour placer les leurs.</translation>
    </message>
    <message numerus="yes">
        <source>%1: its %n antenna(s) are ringed. Wheel: zoom · drag: pan.</source>
        <translation>
            <numerusform>%1 : %n antenne entourée. Molette : zoom · glisser : déplacer.</numerusform>
            <numerusform>%1 : %n antennes entourées. Molette : zoom · glisser : déplacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdr::gui::SectionPanel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>cdr::gui::SqlDdlDialog</name>
    <message>
        <source>SQL for table %1</source>
        <translation>SQL de la table %1</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>Enregistrer le SQL</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>Fichiers SQL (*.sql);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cdr::gui::StatusWeightsTable</name>
    <message>
        <source>Relative weight of each status per call type (e.g. SMS are never MISSED); empty = default</source>
        <translation>Poids relatif de chaque statut par type d&apos;appel (p. ex. un SMS n&apos;est jamais MISSED)&#xa0;; vide = par défaut</translation>
    </message>
</context>
<context>
    <name>cdr::gui::WeightedListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Weights are relative (they need not add up to 100); empty = default</source>
        <translation>Les poids sont relatifs (leur total ne doit pas faire 100)&#xa0;; vide = par défaut</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Supprimer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>NEW%1</source>
        <translation>NOUVEAU%1</translation>
    </message>
</context>
</TS>
