#include "explain/FeatureLabels.h"

#include <algorithm>
#include <array>
#include <map>

namespace credit::explain {

namespace {

using K = ValueKind;

// Labels written for a reader who is not a data scientist: the thing itself, not the column.
std::vector<GroupLabel> explicitLabels()
{
    return {
        // Application: the applicant
        {"DAYS_BIRTH", {"Âge", "Age"}, K::AgeFromDays, {"élevé", "higher"}, {"peu élevé", "young"}},
        {"CODE_GENDER", {"Genre", "Gender"}, K::Category},
        {"CNT_CHILDREN", {"Nombre d'enfants", "Number of children"}, K::Count},
        {"CNT_FAM_MEMBERS", {"Taille du foyer", "Household size"}, K::Count},
        {"NAME_FAMILY_STATUS", {"Situation familiale", "Family status"}, K::Category},
        {"NAME_EDUCATION_TYPE", {"Niveau d'études", "Education"}, K::Category},
        {"NAME_INCOME_TYPE", {"Type de revenu", "Income type"}, K::Category},
        {"OCCUPATION_TYPE", {"Profession", "Occupation"}, K::Category},
        {"ORGANIZATION_TYPE", {"Secteur de l'employeur", "Employer's sector"}, K::Category},
        {"NAME_HOUSING_TYPE", {"Logement", "Housing"}, K::Category},
        {"NAME_TYPE_SUITE", {"Accompagnant lors de la demande", "Accompanied by"}, K::Category},
        {"FLAG_OWN_CAR", {"Possède une voiture", "Owns a car"}, K::Flag},
        {"FLAG_OWN_REALTY", {"Propriétaire d'un bien immobilier", "Owns real estate"}, K::Flag},
        {"OWN_CAR_AGE",
         {"Âge de la voiture", "Age of the car"},
         K::Count,
         {"élevé", "old"},
         {"faible", "new"}},
        {"DAYS_EMPLOYED",
         {"Ancienneté dans l'emploi", "Time in current job"},
         K::Employment,
         {"longue", "long"},
         {"courte", "short"}},
        {"DAYS_REGISTRATION",
         {"Ancienneté de l'enregistrement civil", "Time since registration change"},
         K::YearsAgo},
        {"DAYS_ID_PUBLISH",
         {"Ancienneté de la pièce d'identité", "Age of identity document"},
         K::YearsAgo},
        {"DAYS_LAST_PHONE_CHANGE",
         {"Dernier changement de téléphone", "Last phone change"},
         K::YearsAgo},
        {"FLAG_MOBIL", {"Téléphone mobile fourni", "Mobile phone given"}, K::Flag},
        {"FLAG_EMP_PHONE", {"Téléphone professionnel fourni", "Work phone given"}, K::Flag},
        {"FLAG_WORK_PHONE", {"Téléphone au travail fourni", "Phone at work given"}, K::Flag},
        {"FLAG_CONT_MOBILE", {"Mobile joignable", "Mobile reachable"}, K::Flag},
        {"FLAG_PHONE", {"Téléphone fixe fourni", "Home phone given"}, K::Flag},
        {"FLAG_EMAIL", {"Adresse e-mail fournie", "E-mail given"}, K::Flag},
        // Application: the loan
        {"NAME_CONTRACT_TYPE", {"Type de contrat", "Contract type"}, K::Category},
        {"AMT_INCOME_TOTAL", {"Revenu annuel", "Annual income"}, K::Amount},
        {"AMT_CREDIT", {"Montant du crédit", "Credit amount"}, K::Amount},
        {"AMT_ANNUITY", {"Montant des mensualités (annuité)", "Loan annuity"}, K::Amount},
        {"AMT_GOODS_PRICE", {"Prix du bien financé", "Price of the goods"}, K::Amount},
        {"WEEKDAY_APPR_PROCESS_START", {"Jour de la demande", "Day of application"}, K::Category},
        {"HOUR_APPR_PROCESS_START", {"Heure de la demande", "Hour of application"}, K::Hour},
        // Application: external scores and region
        {"EXT_SOURCE_1", {"Score externe n°1", "External score no. 1"}, K::Score},
        {"EXT_SOURCE_2", {"Score externe n°2", "External score no. 2"}, K::Score},
        {"EXT_SOURCE_3", {"Score externe n°3", "External score no. 3"}, K::Score},
        {"EXT_SOURCES",
         {"Moyenne des scores externes", "Average of the external scores"},
         K::Score},
        {"REGION_POPULATION_RELATIVE",
         {"Densité de population de la région", "Population density of the region"},
         K::Decimal},
        {"REGION_RATING_CLIENT", {"Note de la région", "Region rating"}, K::Count},
        {"REGION_RATING_CLIENT_W_CITY",
         {"Note de la région et de la ville", "Region and city rating"},
         K::Count},
        {"REG_REGION_NOT_LIVE_REGION",
         {"Adresse déclarée hors région de résidence", "Registered outside region of residence"},
         K::Flag},
        {"REG_REGION_NOT_WORK_REGION",
         {"Adresse déclarée hors région de travail", "Registered outside region of work"},
         K::Flag},
        {"LIVE_REGION_NOT_WORK_REGION",
         {"Travaille hors de sa région", "Works outside own region"},
         K::Flag},
        {"REG_CITY_NOT_LIVE_CITY",
         {"Adresse déclarée hors ville de résidence", "Registered outside city of residence"},
         K::Flag},
        {"REG_CITY_NOT_WORK_CITY",
         {"Adresse déclarée hors ville de travail", "Registered outside city of work"},
         K::Flag},
        {"LIVE_CITY_NOT_WORK_CITY",
         {"Travaille hors de sa ville", "Works outside own city"},
         K::Flag},
        {"OBS_30_CNT_SOCIAL_CIRCLE",
         {"Entourage observé (30 jours)", "Social circle observed (30 days)"},
         K::Count},
        {"DEF_30_CNT_SOCIAL_CIRCLE",
         {"Défauts dans l'entourage (30 jours)", "Defaults in social circle (30 days)"},
         K::Count},
        {"OBS_60_CNT_SOCIAL_CIRCLE",
         {"Entourage observé (60 jours)", "Social circle observed (60 days)"},
         K::Count},
        {"DEF_60_CNT_SOCIAL_CIRCLE",
         {"Défauts dans l'entourage (60 jours)", "Defaults in social circle (60 days)"},
         K::Count},
        {"FONDKAPREMONT_MODE",
         {"Immeuble : fonds de réparation", "Building: repair fund"},
         K::Category},
        {"HOUSETYPE_MODE", {"Immeuble : type", "Building: type"}, K::Category},
        {"WALLSMATERIAL_MODE",
         {"Immeuble : matériau des murs", "Building: wall material"},
         K::Category},
        {"EMERGENCYSTATE_MODE",
         {"Immeuble : état d'urgence", "Building: emergency state"},
         K::Category},
        {"TOTALAREA_MODE", {"Immeuble : surface totale", "Building: total area"}, K::Decimal},
        // Ratios engineered from the application
        {"PAYMENT_RATE",
         {"Part du crédit remboursée chaque année", "Share of the credit repaid each year"},
         K::Percent},
        {"ANNUITY_INCOME_PERC",
         {"Part du revenu consacrée aux mensualités", "Share of income spent on the loan"},
         K::Percent},
        {"INCOME_CREDIT_PERC",
         {"Revenu rapporté au crédit", "Income relative to the credit"},
         K::Percent},
        {"DAYS_EMPLOYED_PERC",
         {"Part de la vie passée dans l'emploi actuel", "Share of life in current job"},
         K::Percent},
        {"INCOME_PER_PERSON",
         {"Revenu par personne du foyer", "Income per household member"},
         K::Amount},
        {"CREDIT_GOODS_RATIO",
         {"Crédit rapporté au prix du bien", "Credit relative to the price of goods"},
         K::Decimal},
        {"DOCUMENT_COUNT",
         {"Nombre de justificatifs fournis", "Number of supporting documents given"},
         K::Count,
         {"élevé", "many"},
         {"faible", "few"}},
        {"REQ_CREDIT_BUREAU_TOTAL",
         {"Consultations du fichier de crédit (total)", "Credit bureau enquiries (total)"},
         K::Count,
         {"nombreuses", "many"},
         {"peu nombreuses", "few"}},
        {"AGE_YEARS", {"Âge", "Age"}, K::Decimal},
        // Credits with other lenders (credit bureau)
        {"bureau.credits",
         {"Crédits auprès d'autres établissements", "Credits with other lenders"},
         K::History},
        {"bureau.debt",
         {"Dettes en cours auprès d'autres établissements", "Outstanding debt with other lenders"},
         K::History},
        {"bureau.overdue",
         {"Impayés auprès d'autres établissements", "Overdue amounts with other lenders"},
         K::History},
        {"bureau.status",
         {"Retards mensuels sur les crédits externes", "Monthly arrears on external credits"},
         K::History},
        {"bureau.balance",
         {"Durée de l'historique de crédit externe", "Length of external credit history"},
         K::History},
        {"bureau.type", {"Types de crédits externes", "Types of external credits"}, K::History},
        {"bureau.currency",
         {"Devises des crédits externes", "Currencies of external credits"},
         K::History},
        {"bureau.active", {"Crédits en cours ailleurs", "Active credits elsewhere"}, K::History},
        {"bureau.closed", {"Crédits clôturés ailleurs", "Closed credits elsewhere"}, K::History},
        {"bureau.count", {"Nombre de crédits externes", "Number of external credits"}, K::History},
        // Previous applications with us
        {"previous.applications",
         {"Demandes de crédit précédentes", "Previous credit applications"},
         K::History},
        {"previous.status",
         {"Issue des demandes précédentes", "Outcome of previous applications"},
         K::History},
        {"previous.profile",
         {"Profil des demandes précédentes", "Profile of previous applications"},
         K::History},
        {"previous.approved",
         {"Demandes précédentes acceptées", "Previous applications approved"},
         K::History},
        {"previous.refused",
         {"Demandes précédentes refusées", "Previous applications refused"},
         K::History},
        {"previous.last",
         {"Dernière demande de crédit", "Most recent credit application"},
         K::History},
        {"previous.count",
         {"Nombre de demandes précédentes", "Number of previous applications"},
         K::History},
        // Point-of-sale and cash loans
        {"pos.history",
         {"Historique des prêts en magasin et en espèces", "Point-of-sale and cash loan history"},
         K::History},
        {"pos.late",
         {"Retards sur les prêts en magasin et en espèces",
          "Arrears on point-of-sale and cash loans"},
         K::History},
        {"pos.status",
         {"Statut des prêts en magasin et en espèces", "Status of point-of-sale and cash loans"},
         K::History},
        {"pos.recent",
         {"Prêts en magasin et en espèces (12 derniers mois)",
          "Point-of-sale and cash loans (last 12 months)"},
         K::History},
        {"pos.count",
         {"Durée des prêts en magasin et en espèces", "Months of point-of-sale and cash loans"},
         K::History},
        // Instalments of previous credits
        {"installments.late", {"Échéances payées en retard", "Instalments paid late"}, K::History},
        {"installments.early",
         {"Échéances payées en avance", "Instalments paid early"},
         K::History},
        {"installments.payment_gap",
         {"Écart entre montants dus et payés", "Gap between amounts due and paid"},
         K::History},
        {"installments.amounts",
         {"Montant des échéances passées", "Amount of past instalments"},
         K::History},
        {"installments.history", {"Historique des échéances", "Instalment history"}, K::History},
        {"installments.recent",
         {"Échéances des 12 derniers mois", "Instalments in the last 12 months"},
         K::History},
        {"installments.count",
         {"Nombre d'échéances passées", "Number of past instalments"},
         K::History},
        // Credit cards
        {"card.balance", {"Solde de carte de crédit", "Credit card balance"}, K::History},
        {"card.limit", {"Plafond de carte de crédit", "Credit card limit"}, K::History},
        {"card.drawings",
         {"Retraits et achats par carte", "Card withdrawals and purchases"},
         K::History},
        {"card.payments", {"Remboursements de carte", "Card repayments"}, K::History},
        {"card.late", {"Retards sur carte de crédit", "Arrears on credit card"}, K::History},
        {"card.status", {"Statut de la carte de crédit", "Credit card status"}, K::History},
        {"card.history", {"Historique de carte de crédit", "Credit card history"}, K::History},
        {"card.count",
         {"Durée d'utilisation de la carte", "Months of credit card use"},
         K::History},
    };
}

// The building-information block: 14 measures, each as the building's average (_AVG), most
// frequent value (_MODE) and median (_MEDI).
void addBuildingLabels(std::vector<GroupLabel>& labels)
{
    struct Measure {
        const char* column;
        const char* fr;
        const char* en;
    };
    static constexpr std::array measures{
        Measure{"APARTMENTS", "surface des appartements", "apartment area"},
        Measure{"BASEMENTAREA", "surface du sous-sol", "basement area"},
        Measure{"YEARS_BEGINEXPLUATATION", "ancienneté d'exploitation", "years in use"},
        Measure{"YEARS_BUILD", "âge de construction", "building age"},
        Measure{"COMMONAREA", "parties communes", "common area"},
        Measure{"ELEVATORS", "ascenseurs", "elevators"},
        Measure{"ENTRANCES", "entrées", "entrances"},
        Measure{"FLOORSMAX", "étages (maximum)", "floors (maximum)"},
        Measure{"FLOORSMIN", "étages (minimum)", "floors (minimum)"},
        Measure{"LANDAREA", "surface du terrain", "land area"},
        Measure{"LIVINGAPARTMENTS", "logements habités", "living apartments"},
        Measure{"LIVINGAREA", "surface habitable", "living area"},
        Measure{"NONLIVINGAPARTMENTS", "locaux non habités", "non-living apartments"},
        Measure{"NONLIVINGAREA", "surface non habitable", "non-living area"},
    };
    struct Statistic {
        const char* suffix;
        const char* fr;
        const char* en;
    };
    static constexpr std::array statistics{
        Statistic{"_AVG", "moyenne", "average"},
        Statistic{"_MODE", "valeur la plus fréquente", "most frequent"},
        Statistic{"_MEDI", "médiane", "median"}};
    for (const auto& measure : measures)
        for (const auto& statistic : statistics)
            labels.push_back({std::string(measure.column) + statistic.suffix,
                              {std::string("Immeuble : ") + measure.fr + " (" + statistic.fr + ")",
                               std::string("Building: ") + measure.en + " (" + statistic.en + ")"},
                              K::Decimal});
}

void addDocumentAndEnquiryLabels(std::vector<GroupLabel>& labels)
{
    for (int document = 2; document <= 21; ++document) {
        const auto number = std::to_string(document);
        labels.push_back({"FLAG_DOCUMENT_" + number,
                          {"Justificatif n°" + number + " fourni",
                           "Supporting document no. " + number + " given"},
                          K::Flag});
    }
    struct Period {
        const char* suffix;
        const char* fr;
        const char* en;
    };
    static constexpr std::array periods{Period{"HOUR", "dernière heure", "last hour"},
                                        Period{"DAY", "dernier jour", "last day"},
                                        Period{"WEEK", "dernière semaine", "last week"},
                                        Period{"MON", "dernier mois", "last month"},
                                        Period{"QRT", "dernier trimestre", "last quarter"},
                                        Period{"YEAR", "dernière année", "last year"}};
    for (const auto& period : periods)
        labels.push_back({std::string("AMT_REQ_CREDIT_BUREAU_") + period.suffix,
                          {std::string("Consultations du fichier de crédit (") + period.fr + ")",
                           std::string("Credit bureau enquiries (") + period.en + ")"},
                          K::Count});
}

const std::map<std::string, GroupLabel, std::less<>>& catalogue()
{
    static const auto labels = [] {
        auto list = explicitLabels();
        addBuildingLabels(list);
        addDocumentAndEnquiryLabels(list);
        // French adjectives agree with the noun: these labels are feminine or plural.
        static const std::array feminine{"DAYS_EMPLOYED",
                                         "DAYS_REGISTRATION",
                                         "DAYS_ID_PUBLISH",
                                         "PAYMENT_RATE",
                                         "ANNUITY_INCOME_PERC",
                                         "DAYS_EMPLOYED_PERC",
                                         "REGION_POPULATION_RELATIVE",
                                         "REGION_RATING_CLIENT",
                                         "REGION_RATING_CLIENT_W_CITY",
                                         "HOUR_APPR_PROCESS_START",
                                         "CNT_FAM_MEMBERS"};
        for (auto& label : list) {
            if (std::find(feminine.begin(), feminine.end(), label.key) != feminine.end()) {
                label.feminineFr = true;
                if (label.high.fr == "élevé") {
                    label.high.fr = "élevée";
                    label.low.fr = "faible";
                }
            }
            if (label.key == "EXT_SOURCES") {
                // The qualifier agrees with "scores", the comparison with "Moyenne".
                label.high.fr = "élevés";
                label.low.fr = "bas";
                label.feminineFr = true;
            }
        }
        std::map<std::string, GroupLabel, std::less<>> byKey;
        for (auto& label : list)
            byKey.emplace(label.key, std::move(label));
        return byKey;
    }();
    return labels;
}

} // namespace

const GroupLabel* findGroupLabel(std::string_view key)
{
    const auto& labels = catalogue();
    const auto found = labels.find(key);
    return found == labels.end() ? nullptr : &found->second;
}

std::vector<std::string> knownGroupKeys()
{
    std::vector<std::string> keys;
    for (const auto& [key, label] : catalogue())
        keys.push_back(key);
    return keys;
}

LocalizedText categoryLevelLabel(std::string_view column, std::string_view level)
{
    struct Translation {
        std::string_view column;
        std::string_view level;
        LocalizedText text;
    };
    static const std::vector<Translation> translations{
        {"NAME_CONTRACT_TYPE", "Cash loans", {"Prêt en espèces", "Cash loan"}},
        {"NAME_CONTRACT_TYPE", "Revolving loans", {"Crédit renouvelable", "Revolving loan"}},
        {"CODE_GENDER", "F", {"Femme", "Female"}},
        {"CODE_GENDER", "M", {"Homme", "Male"}},
        {"NAME_INCOME_TYPE", "Working", {"Salarié", "Employee"}},
        {"NAME_INCOME_TYPE",
         "Commercial associate",
         {"Associé commercial", "Commercial associate"}},
        {"NAME_INCOME_TYPE", "Pensioner", {"Retraité", "Pensioner"}},
        {"NAME_INCOME_TYPE", "State servant", {"Fonctionnaire", "Civil servant"}},
        {"NAME_INCOME_TYPE", "Unemployed", {"Sans emploi", "Unemployed"}},
        {"NAME_INCOME_TYPE", "Student", {"Étudiant", "Student"}},
        {"NAME_INCOME_TYPE", "Businessman", {"Chef d'entreprise", "Business owner"}},
        {"NAME_INCOME_TYPE", "Maternity leave", {"Congé maternité", "Maternity leave"}},
        {"NAME_EDUCATION_TYPE", "Secondary / secondary special", {"Secondaire", "Secondary"}},
        {"NAME_EDUCATION_TYPE", "Higher education", {"Supérieur", "Higher education"}},
        {"NAME_EDUCATION_TYPE",
         "Incomplete higher",
         {"Supérieur non terminé", "Incomplete higher education"}},
        {"NAME_EDUCATION_TYPE",
         "Lower secondary",
         {"Premier cycle du secondaire", "Lower secondary"}},
        {"NAME_EDUCATION_TYPE",
         "Academic degree",
         {"Diplôme universitaire de recherche", "Academic degree"}},
        {"NAME_FAMILY_STATUS", "Married", {"Marié(e)", "Married"}},
        {"NAME_FAMILY_STATUS", "Single / not married", {"Célibataire", "Single"}},
        {"NAME_FAMILY_STATUS", "Civil marriage", {"Union civile", "Civil partnership"}},
        {"NAME_FAMILY_STATUS", "Separated", {"Séparé(e)", "Separated"}},
        {"NAME_FAMILY_STATUS", "Widow", {"Veuf ou veuve", "Widowed"}},
        {"NAME_HOUSING_TYPE", "House / apartment", {"Maison ou appartement", "House or apartment"}},
        {"NAME_HOUSING_TYPE", "With parents", {"Chez ses parents", "With parents"}},
        {"NAME_HOUSING_TYPE", "Municipal apartment", {"Logement municipal", "Municipal apartment"}},
        {"NAME_HOUSING_TYPE", "Rented apartment", {"Location", "Rented apartment"}},
        {"NAME_HOUSING_TYPE", "Office apartment", {"Logement de fonction", "Company housing"}},
        {"NAME_HOUSING_TYPE", "Co-op apartment", {"Logement coopératif", "Co-op apartment"}},
        {"NAME_TYPE_SUITE", "Unaccompanied", {"Seul(e)", "Alone"}},
        {"NAME_TYPE_SUITE", "Family", {"En famille", "With family"}},
        {"NAME_TYPE_SUITE", "Spouse, partner", {"Avec le conjoint", "With spouse or partner"}},
        {"NAME_TYPE_SUITE", "Children", {"Avec ses enfants", "With children"}},
        {"NAME_TYPE_SUITE", "Other_A", {"Autre (A)", "Other (A)"}},
        {"NAME_TYPE_SUITE", "Other_B", {"Autre (B)", "Other (B)"}},
        {"NAME_TYPE_SUITE", "Group of people", {"En groupe", "With a group"}},
        {"NAME_CONTRACT_STATUS", "Approved", {"acceptée", "approved"}},
        {"NAME_CONTRACT_STATUS", "Refused", {"refusée", "refused"}},
        {"NAME_CONTRACT_STATUS", "Canceled", {"annulée", "cancelled"}},
        {"NAME_CONTRACT_STATUS", "Unused offer", {"offre non utilisée", "unused offer"}},
    };
    for (const auto& translation : translations)
        if (translation.column == column && translation.level == level)
            return translation.text;
    return {std::string(level), std::string(level)};
}

} // namespace credit::explain
