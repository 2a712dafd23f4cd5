#include "report/reporttext.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace cdr {

namespace {

struct Translation {
    const char *english, *french, *dutch;
};

// Every text of the report (reporthtml.cpp) in the three languages of the desktop app.
const Translation kTexts[] = {
    {"cdrgen report", "rapport cdrgen", "cdrgen-rapport"},
    {"CDR profile of", "Profil CDR de", "CDR-profiel van"},
    {"Compared with", "Comparé à", "Vergeleken met"},
    {"records", "enregistrements", "records"},
    {"to", "au", "tot"},
    {"Computed from the rows alone.", "Calculé à partir des seules lignes.", "Berekend uit de rijen alleen."},
    {"Columns missing from the source", "Colonnes absentes de la source", "Kolommen die in de bron ontbreken"},
    {"the figures that need them are empty.", "les figures qui en ont besoin sont vides.",
     "de figuren die ze nodig hebben zijn leeg."},
    {"Overall score", "Score global", "Totaalscore"},
    {"100 x (1 - the mean distance over the figures both sources have); 0 is the same, 1 as far apart as possible: "
     "total variation for mixes, Kolmogorov-Smirnov for distributions, share difference for validity, relative error "
     "for single figures.",
     "100 x (1 - la distance moyenne sur les figures que les deux sources ont) ; 0 est identique, 1 aussi éloigné "
     "que possible : variation totale pour les répartitions, Kolmogorov-Smirnov pour les distributions, écart de "
     "part pour la validité, erreur relative pour les valeurs seules.",
     "100 x (1 - de gemiddelde afstand over de figuren die beide bronnen hebben); 0 is gelijk, 1 zo ver mogelijk "
     "uiteen: totale variatie voor verdelingen over categorieën, Kolmogorov-Smirnov voor verdelingen, verschil in "
     "aandeel voor geldigheid, relatieve fout voor losse waarden."},
    {"Reference", "Référence", "Referentie"},
    {"Distance", "Distance", "Afstand"},
    {"not comparable", "non comparable", "niet vergelijkbaar"},
    {"total variation", "variation totale", "totale variatie"},
    {"Kolmogorov-Smirnov", "Kolmogorov-Smirnov", "Kolmogorov-Smirnov"},
    {"share difference", "écart de part", "verschil in aandeel"},
    {"relative error", "erreur relative", "relatieve fout"},
    {"When", "Quand", "Wanneer"},
    {"Records per hour of day", "Enregistrements par heure du jour", "Records per uur van de dag"},
    {"Records per day of week", "Enregistrements par jour de la semaine", "Records per dag van de week"},
    {"Mon", "lun", "ma"},
    {"Tue", "mar", "di"},
    {"Wed", "mer", "wo"},
    {"Thu", "jeu", "do"},
    {"Fri", "ven", "vr"},
    {"Sat", "sam", "za"},
    {"Sun", "dim", "zo"},
    {"weekdays busy 09-12 h and 15-17 h, evening peak 18-21 h; about 4.8 % of calls between 00:00 and 06:00 "
     "(docs/realism.md, TimeProfile; test_engine_realism)",
     "jours ouvrables chargés de 9 à 12 h et de 15 à 17 h, pointe du soir de 18 à 21 h ; environ 4,8 % des appels "
     "entre 0 h et 6 h (docs/realism.md, TimeProfile ; test_engine_realism)",
     "werkdagen druk van 9 tot 12 u en van 15 tot 17 u, avondpiek van 18 tot 21 u; ongeveer 4,8 % van de oproepen "
     "tussen 0 en 6 u (docs/realism.md, TimeProfile; test_engine_realism)"},
    {"a weekend day weighs 0.8 of a working day (realism.weekend_activity)",
     "un jour de week-end pèse 0,8 jour ouvrable (realism.weekend_activity)",
     "een weekenddag weegt 0,8 van een werkdag (realism.weekend_activity)"},
    {"Records per day", "Enregistrements par jour", "Records per dag"},
    {"groups of", "groupes de", "groepen van"},
    {"days", "jours", "dagen"},
    {"days with records", "jours avec des enregistrements", "dagen met records"},
    {"mean", "moyenne", "gemiddelde"},
    {"per day", "par jour", "per dag"},
    {"busiest", "le plus chargé", "drukste"},
    {"quietest", "le plus calme", "rustigste"},
    {"What", "Quoi", "Wat"},
    {"Call types", "Types d'appel", "Oproeptypes"},
    {"Statuses", "Statuts", "Statussen"},
    {"Operators (emitting side)", "Opérateurs (côté émission)", "Operatoren (zendende kant)"},
    {"VOICE 55 %, SMS 35 %, DATA 10 % (realism.call_type_weights)",
     "VOICE 55 %, SMS 35 %, DATA 10 % (realism.call_type_weights)",
     "VOICE 55 %, SMS 35 %, DATA 10 % (realism.call_type_weights)"},
    {"VOICE: SUCCESS 78 %, MISSED 15 %, FAILED 7 %; SMS 97/0/3; DATA 95/0/5 (realism.status_weights)",
     "VOICE : SUCCESS 78 %, MISSED 15 %, FAILED 7 % ; SMS 97/0/3 ; DATA 95/0/5 (realism.status_weights)",
     "VOICE: SUCCESS 78 %, MISSED 15 %, FAILED 7 %; SMS 97/0/3; DATA 95/0/5 (realism.status_weights)"},
    {"the operators' market shares in the config (the default: BIPT 2020)",
     "les parts de marché des opérateurs dans la configuration (par défaut : IBPT 2020)",
     "de marktaandelen van de operatoren in de configuratie (standaard: BIPT 2020)"},
    {"Duration of answered calls", "Durée des appels aboutis", "Duur van beantwoorde oproepen"},
    {"voice: lognormal, median 75 s, sigma 1.1 (Ofcom 2019: 60 % of calls under 90 s, over 80 % under 5 min); data: "
     "median 600 s, sigma 1.0; measured voice median 79 s (docs/realism.md)",
     "voix : lognormale, médiane 75 s, sigma 1,1 (Ofcom 2019 : 60 % des appels sous 90 s, plus de 80 % sous 5 min) ; "
     "données : médiane 600 s, sigma 1,0 ; médiane voix mesurée 79 s (docs/realism.md)",
     "spraak: lognormaal, mediaan 75 s, sigma 1,1 (Ofcom 2019: 60 % van de oproepen onder 90 s, meer dan 80 % onder "
     "5 min); data: mediaan 600 s, sigma 1,0; gemeten spraakmediaan 79 s (docs/realism.md)"},
    {"no values", "aucune valeur", "geen waarden"},
    {"median", "médiane", "mediaan"},
    {"maximum", "maximum", "maximum"},
    {"Who and where", "Qui et où", "Wie en waar"},
    {"Distance from the caller's home to the emitting antenna", "Distance du domicile de l'appelant à l'antenne "
     "émettrice", "Afstand van de woning van de beller tot de zendende antenne"},
    {"median 3.4 km, Belgian config (test_engine_realism)", "médiane 3,4 km, configuration belge "
     "(test_engine_realism)", "mediaan 3,4 km, Belgische configuratie (test_engine_realism)"},
    {"Records per subscriber", "Enregistrements par abonné", "Records per abonnee"},
    {"BIPT: about 1.7 calls and 5.8 SMS a day per active SIM",
     "IBPT : environ 1,7 appel et 5,8 SMS par jour par carte SIM active",
     "BIPT: ongeveer 1,7 oproepen en 5,8 sms'en per dag per actieve simkaart"},
    {"Contacts per subscriber", "Contacts par abonné", "Contacten per abonnee"},
    {"at least 3 call contacts a week (bandicoot number_of_contacts)",
     "au moins 3 contacts d'appel par semaine (bandicoot number_of_contacts)",
     "minstens 3 belcontacten per week (bandicoot number_of_contacts)"},
    {"Active days per subscriber", "Jours actifs par abonné", "Actieve dagen per abonnee"},
    {"at least 3.5 active days a week (BIPT)", "au moins 3,5 jours actifs par semaine (IBPT)",
     "minstens 3,5 actieve dagen per week (BIPT)"},
    {"Share of records initiated, per subscriber", "Part des enregistrements émis, par abonné",
     "Aandeel zelf gestarte records, per abonnee"},
    {"median 0.35-0.65 (bandicoot percent_initiated_interactions)",
     "médiane 0,35-0,65 (bandicoot percent_initiated_interactions)",
     "mediaan 0,35-0,65 (bandicoot percent_initiated_interactions)"},
    {"Time between a subscriber's records", "Temps entre les enregistrements d'un abonné",
     "Tijd tussen de records van een abonnee"},
    {"bursty: sessions of records minutes apart (Goh & Barabasi 2008; Jiang et al. 2013)",
     "en rafales : des sessions d'enregistrements à quelques minutes d'intervalle (Goh & Barabasi 2008 ; Jiang et "
     "al. 2013)",
     "in pieken: sessies van records enkele minuten uit elkaar (Goh & Barabasi 2008; Jiang et al. 2013)"},
    {"Burstiness B per subscriber", "Sporadicité B par abonné", "Burstiness B per abonnee"},
    {"median 0.2-0.5 (Goh & Barabasi 2008)", "médiane 0,2-0,5 (Goh & Barabasi 2008)",
     "mediaan 0,2-0,5 (Goh & Barabasi 2008)"},
    {"Radius of gyration per subscriber", "Rayon de giration par abonné", "Gyratiestraal per abonnee"},
    {"median 1-20 km, heavy tail (Gonzalez, Hidalgo, Barabasi 2008)",
     "médiane 1-20 km, queue lourde (Gonzalez, Hidalgo, Barabasi 2008)",
     "mediaan 1-20 km, zware staart (Gonzalez, Hidalgo, Barabasi 2008)"},
    {"Share of records at home, per subscriber", "Part des enregistrements au domicile, par abonné",
     "Aandeel records thuis, per abonnee"},
    {"median 0.4-0.85 (bandicoot percent_at_home)", "médiane 0,4-0,85 (bandicoot percent_at_home)",
     "mediaan 0,4-0,85 (bandicoot percent_at_home)"},
    {"Share of records at the k-th most used antenna", "Part des enregistrements à la k-ième antenne la plus "
     "utilisée", "Aandeel records op de k-de meest gebruikte antenne"},
    {"f_k ~ k^-zeta, zeta about 1.2 (Song et al. 2010)", "f_k ~ k^-zeta, zeta environ 1,2 (Song et al. 2010)",
     "f_k ~ k^-zeta, zeta ongeveer 1,2 (Song et al. 2010)"},
    {"figure", "figure", "figuur"},
    {"value", "valeur", "waarde"},
    {"target", "cible", "doel"},
    {"reference", "référence", "referentie"},
    {"subscribers seen", "abonnés vus", "geziene abonnees"},
    {"voice/SMS records on reciprocated pairs", "enregistrements voix/SMS sur des paires réciproques",
     "spraak-/sms-records op wederzijdse paren"},
    {"Spearman, placed vs received", "Spearman, émis contre reçus", "Spearman, gestart tegen ontvangen"},
    {"median active days per week", "médiane des jours actifs par semaine", "mediaan actieve dagen per week"},
    {"median call contacts per week", "médiane des contacts d'appel par semaine", "mediaan belcontacten per week"},
    {"median initiated share", "médiane de la part émise", "mediaan zelf gestart aandeel"},
    {"radius of gyration, median / p90", "rayon de giration, médiane / p90", "gyratiestraal, mediaan / p90"},
    {"home share", "part au domicile", "aandeel thuis"},
    {"burstiness B (median)", "sporadicité B (médiane)", "burstiness B (mediaan)"},
    {"memory M (median)", "mémoire M (médiane)", "geheugen M (mediaan)"},
    {"visitation exponent zeta (median)", "exposant de visite zeta (médiane)", "bezoekexponent zeta (mediaan)"},
    {"weekend / weekday records per day", "enregistrements par jour, week-end / semaine",
     "records per dag, weekend / werkdag"},
    {"median 1-20 km, heavy tail", "médiane 1-20 km, queue lourde", "mediaan 1-20 km, zware staart"},
    {"about 0.8", "environ 0,8", "ongeveer 0,8"},
    {"Valid and complete", "Validité et complétude", "Geldig en volledig"},
    {"Validity (share of records)", "Validité (part des enregistrements)", "Geldigheid (aandeel van de records)"},
    {"Belgian mobile", "mobile belge", "Belgisch mobiel"},
    {"wrong operator", "mauvais opérateur", "verkeerde operator"},
    {"in Belgium", "en Belgique", "in België"},
    {"duplicate ids", "identifiants en double", "dubbele id's"},
    {"callers that are Belgian mobile numbers", "appelants avec un numéro mobile belge",
     "bellers met een Belgisch mobiel nummer"},
    {"callers outside their operator's number blocks", "appelants hors des blocs de numéros de leur opérateur",
     "bellers buiten de nummerblokken van hun operator"},
    {"caller IMEIs with a right check digit", "IMEI d'appelant au chiffre de contrôle correct",
     "IMEI's van bellers met een juist controlecijfer"},
    {"emitting antennas inside Belgium", "antennes émettrices en Belgique", "zendende antennes in België"},
    {"check", "contrôle", "controle"},
    {"expected", "attendu", "verwacht"},
    {"rule", "règle", "regel"},
    {"No empty (NULL) fields.", "Aucun champ vide (NULL).", "Geen lege (NULL) velden."},
    {"Empty (NULL) fields per column", "Champs vides (NULL) par colonne", "Lege (NULL) velden per kolom"},
    {"columns", "colonnes", "kolommen"},
    {"the receiving columns are empty for data sessions and off-net callees (docs/realism.md)",
     "les colonnes de réception sont vides pour les sessions de données et les appelés hors réseau "
     "(docs/realism.md)",
     "de ontvangende kolommen zijn leeg voor datasessies en opgeroepenen buiten het net (docs/realism.md)"},
};

const std::unordered_map<std::string, const Translation *> &index()
{
    static const std::unordered_map<std::string, const Translation *> table = [] {
        std::unordered_map<std::string, const Translation *> map;
        for (const Translation &t : kTexts)
            map.emplace(t.english, &t);
        return map;
    }();
    return table;
}

// Inserts `separator` between groups of three digits of the integer part of `digits` ("-1234.5" -> "-1,234.5").
std::string grouped(const std::string &digits, const std::string &separator, const std::string &decimalMark)
{
    const std::size_t sign = !digits.empty() && digits[0] == '-' ? 1 : 0;
    const std::size_t point = digits.find('.');
    const std::size_t end = point == std::string::npos ? digits.size() : point;
    std::string out = digits.substr(0, sign);
    for (std::size_t i = sign; i < end; ++i) {
        out += digits[i];
        const std::size_t left = end - i - 1;
        if (left > 0 && left % 3 == 0)
            out += separator;
    }
    if (point != std::string::npos)
        out += decimalMark + digits.substr(point + 1);
    return out;
}

} // namespace

bool isReportLanguage(const std::string &language)
{
    return language == "en" || language == "fr" || language == "nl";
}

std::string reportText(const std::string &language, const std::string &english)
{
    if (language == "en")
        return english;
    const auto found = index().find(english);
    if (found == index().end())
        return english;
    if (language == "fr")
        return found->second->french;
    if (language == "nl")
        return found->second->dutch;
    return english;
}

std::string reportNumber(double value, int decimals, const std::string &language)
{
    if (std::isnan(value))
        return "-";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    if (language == "fr")
        return grouped(buffer, "\u202f", ",");
    if (language == "nl")
        return grouped(buffer, ".", ",");
    return grouped(buffer, ",", ".");
}

std::string reportDecimals(std::string text, const std::string &language)
{
    if (language != "fr" && language != "nl")
        return text;
    for (std::size_t i = 1; i + 1 < text.size(); ++i)
        if (text[i] == '.' && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
            std::isdigit(static_cast<unsigned char>(text[i + 1])))
            text[i] = ',';
    return text;
}

} // namespace cdr
