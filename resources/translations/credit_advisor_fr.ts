<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>credit::service::RemoteScorer</name>
    <message>
        <source>Le serveur a renvoyé une réponse illisible (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur %1 refuse la clé d&apos;API (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur a refusé ce dossier (HTTP %1) : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Le serveur %1 ne répond pas (%2, %n tentative(s)).</source>
        <translation>
            <numerusform>Le serveur %1 ne répond pas (%2, %n tentative).</numerusform>
            <numerusform>Le serveur %1 ne répond pas (%2, %n tentatives).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Le serveur %1 est en erreur (HTTP %2, %n tentative(s)).</source>
        <translation>
            <numerusform>Le serveur %1 est en erreur (HTTP %2, %n tentative).</numerusform>
            <numerusform>Le serveur %1 est en erreur (HTTP %2, %n tentatives).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::service::ScoringService</name>
    <message>
        <source>le modèle %1 ne peut pas être chargé (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez une clé d&apos;API valide dans Fichier &gt; Paramètres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifiez la connexion réseau et l&apos;adresse du serveur dans Fichier &gt; Paramètres, ou installez un modèle local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun modèle local n&apos;est chargé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installez le modèle de démonstration, lancez l&apos;application avec --bundle FICHIER, ou choisissez un autre mode dans Fichier &gt; Paramètres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun modèle local et aucune adresse de serveur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune adresse de serveur n&apos;est configurée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse et la clé du serveur de scoring dans Fichier &gt; Paramètres, ou lancez l&apos;application avec --bundle FICHIER.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::service::ScoringStatus</name>
    <message>
        <source>Modèle local v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur distant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur distant (modèle v%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::AdvisorController</name>
    <message>
        <source>Chargement du portefeuille %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture du portefeuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le portefeuille ne peut pas être ouvert : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données de démonstration synthétiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 : %n client(s) chargé(s).</source>
        <translation>
            <numerusform>%1 : %n client chargé.</numerusform>
            <numerusform>%1 : %n clients chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le client n° %1 ne peut pas être évalué : %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ClientFinder</name>
    <message>
        <source>&amp;Rechercher un client :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un client par numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crédits accordés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crédits refusés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste des clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) affiché(s)</source>
        <translation>
            <numerusform>%n client affiché</numerusform>
            <numerusform>%n clients affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Dé&amp;cision :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ContributionChart</name>
    <message>
        <source>Barres à droite : augmentent le risque ; à gauche : le diminuent. Flèches haut et bas pour parcourir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions des variables au score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune explication à afficher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Diminue le risque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmente le risque ▶</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ContributionRow</name>
    <message numerus="yes">
        <source>Autres variables (%n)</source>
        <translation>
            <numerusform>Autre variable (%n)</numerusform>
            <numerusform>Autres variables (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::ContributionTableModel</name>
    <message>
        <source>Augmente le risque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diminue le risque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans effet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effet (points)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ContributionView</name>
    <message>
        <source>&amp;Graphique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions au score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau des contributions au score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphique des contributions au score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tableau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::DisplayFormat</name>
    <message>
        <source>pts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::FactsPanel</name>
    <message>
        <source>Le client et sa demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique de crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun client sélectionné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ImportanceChart</name>
    <message>
        <source>Effet moyen de chaque variable sur le score, de la plus importante à la moins importante. Flèches haut et bas pour parcourir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance globale des variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (effet moyen, en log-odds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun modèle chargé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::MainWindow</name>
    <message>
        <source>Conseiller crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir un portefeuille de clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher un client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatique (suivre le système)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couleurs &amp;adaptées (par défaut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste élevé &amp;clair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste élevé &amp;sombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille du &amp;texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;grandir le texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réduire le texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ai&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données de démonstration synthétiques : ces clients n&apos;existent pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données de démonstration synthétiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source du score : non connectée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source du score : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun client sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jauge de probabilité de défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients et score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score et dossier du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir un portefeuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis la recherche : aller à la liste des clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrandir le texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réduire le texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer à la zone suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer du graphique au tableau des contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher cette aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À propos de Conseiller crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conseiller crédit&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Aide à la décision de crédit pour les chargés de relation client de « Prêt à dépenser » : probabilité de défaut, décision, raisons en langage clair.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paramètres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur de scoring, clé d&apos;API, mode de calcul, langue, thème et taille du texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir un portefeuille (fichier application_train.csv du dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers de clients (*.csv);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle de score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher la page Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher la page Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à la zone précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphiques : barre précédente ; liste : client précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphiques : barre suivante ; liste : client suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le menu (ou Alt + lettre soulignée)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ModelPage</name>
    <message>
        <source>%1 :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Dérive modérée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Dérive forte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Non comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle de score, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun modèle chargé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche du modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance globale des variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dérive des données (dernier rapport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effet moyen de chaque variable sur le score de tous les clients (valeur absolue des contributions, en log-odds) : plus la barre est longue, plus la variable pèse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date d&apos;entraînement (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données d&apos;entraînement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients, dont %2 en difficulté de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables calculées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seuil de décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refus au-dessus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coûts métier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un défaut non détecté coûte %1 fois un bon client refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC (validation croisée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (moyenne des plis %2 ± %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Défauts détectés (rappel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refus justifiés (précision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empreinte du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun modèle chargé : le score vient du service distant ou n&apos;est pas disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables en dérive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sur %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, PSI %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables les plus touchées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le rapport de dérive %1 n&apos;a pas pu être lu : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun rapport de dérive. L&apos;équipe données le produit avec « credit-scoring drift --json » ; son chemin se règle dans les paramètres (drift/reportJson).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::PortfolioModel</name>
    <message>
        <source>✓ Accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro du client (SK_ID_CURR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision du modèle au seuil en vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilité de difficultés de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de contrat demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant du crédit demandé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ReasonsPanel</name>
    <message>
        <source>Ce qui pèse contre le dossier (augmente le risque)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui joue en faveur du dossier (diminue le risque)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun élément défavorable marquant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun élément favorable marquant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun client sélectionné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Défavorable : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorable : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ScoreGauge</name>
    <message>
        <source>Jauge de probabilité de défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun client sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crédit accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crédit refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactement au seuil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points au-dessus du seuil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points en dessous du seuil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sélectionnez un client dans la liste pour afficher son score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilité de défaut %1, seuil %2. %3, %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seuil %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce client : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::SettingsDialog</name>
    <message>
        <source>Paramètres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse du serveur de scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse du serveur de scoring :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé d&apos;API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clé d&apos;API :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatique (modèle local, sinon serveur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle local uniquement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur distant uniquement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode de calcul du score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode de calcul :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langue :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatique (suivre le système)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste élevé clair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste élevé sombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thème :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille du &amp;texte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La clé est enregistrée dans le fichier de paramètres de votre session ; elle n&apos;est jamais affichée ni écrite dans les journaux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Aucun portefeuille trouvé : ouvrez un dossier Home Credit avec Fichier &gt; Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
