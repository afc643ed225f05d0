<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll Right</source>
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
    <name>credit::ui</name>
    <message>
        <source>Données de démonstration synthétiques : aucun client réel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explication de la décision de crédit — client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision du modèle : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probabilité de difficultés %1, seuil %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui augmente le risque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui diminue le risque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principaux éléments du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparaison avec les autres clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle %1 · document édité le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explication de la décision de crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le PDF %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::AdvisorController</name>
    <message>
        <source>Connexion au serveur %1…</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Le stockage local était illisible : il a été conservé sous %1 et un nouveau stockage a été créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stockage local indisponible (scénarios et décisions non enregistrables) : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention : le modèle n&apos;indique pas quels attributs il exclut (voir la page Modèle).</source>
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
        <source>%n client(s) affiché(s), d&apos;autres à la suite</source>
        <translation>
            <numerusform>%n client affiché, d&apos;autres à la suite</numerusform>
            <numerusform>%n clients affichés, d&apos;autres à la suite</numerusform>
        </translation>
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
    <name>credit::ui::ComparisonTableModel</name>
    <message>
        <source>◆ le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part du groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ont remboursé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En difficulté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masqué : l&apos;un des deux nombres est inférieur à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moins de %1 clients (nombre masqué)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ComparisonView</name>
    <message>
        <source>Comparer le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable comparée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règle chaque filtre sur la valeur du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vues de la comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de la répartition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable horizontale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable verticale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deux variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 à %2 ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 et plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>des clients similaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de l&apos;ensemble des clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients similaires (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tous les clients (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Groupe : %n client(s) correspondent aux filtres (serveur de la banque).</source>
        <translation>
            <numerusform>Groupe : %n client correspond aux filtres (serveur de la banque).</numerusform>
            <numerusform>Groupe : %n clients correspondent aux filtres (serveur de la banque).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Groupe : %n client(s) correspondent aux filtres.</source>
        <translation>
            <numerusform>Groupe : %n client correspond aux filtres.</numerusform>
            <numerusform>Groupe : %n clients correspondent aux filtres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groupe : tous les clients du portefeuille (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>des clients de référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients de référence du modèle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupe : les %1 clients sur lesquels le modèle a été entraîné. Sans données de portefeuille chargées, les filtres ne sont pas disponibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune donnée de comparaison : chargez un portefeuille ou un modèle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◆ Client : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : pas de données de comparaison disponibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun client ne correspond à ces filtres : élargissez-en un (par exemple la tranche d&apos;âge ou de revenu) pour comparer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2 % %3 ont la même valeur que le client (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : la valeur du client n&apos;est pas connue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : le client est au %2 centile %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La vue à deux variables a besoin des lignes clients d&apos;un portefeuille ; les statistiques du modèle ne décrivent qu&apos;une variable à la fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grille de %1 × %2 cases (teinte : nombre de clients par case, échelle racine carrée) ; %3 clients avec les deux valeurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le client est marqué d&apos;un cercle barré « Client ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une des deux valeurs du client est inconnue : il n&apos;est pas placé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Études</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients similaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séparer remboursé / en difficulté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe horizontal :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe vertical :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les axes couvrent du 1er au 99e centile : %1 clients au-delà sont comptés dans les cases du bord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande de la répartition au serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moins de %1 clients correspondent à ces filtres : le serveur ne montre pas la répartition d&apos;un si petit groupe, pour protéger leurs données. Élargissez un filtre pour comparer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : moins de %2 clients du groupe ont la même valeur que le client (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : le client est dans la tranche %2, où se trouvent moins de %3 clients du groupe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : le client est dans la tranche %2, où se trouvent %3 % %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moins de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupe : moins de %1 clients correspondent aux filtres (serveur de la banque).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupe : tous les clients du serveur de la banque (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moins de %1 clients dans ce groupe : le serveur ne montre pas leur grille, pour protéger leurs données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grille de %1 × %2 cases calculée par le serveur (teinte : nombre de clients par case, échelle racine carrée) ; %3 clients avec les deux valeurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases hachurées : moins de %1 clients, nombre masqué pour protéger leurs données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La comparaison n&apos;a pas pu être demandée au serveur : %1</source>
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
    <message>
        <source>plusieurs variables</source>
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
    <name>credit::ui::DecisionHistoryModel</name>
    <message>
        <source>%1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, dérogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dérogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version du modèle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::DecisionPanel</name>
    <message>
        <source>&amp;Historique des décisions du client (serveur) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique des décisions du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision du conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État de la décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un client pour enregistrer une décision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer la décision du modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer outre la décision du modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision du modèle : %1 (probabilité %2, seuil %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer : accorder le crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer : refuser le crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer outre : refuser le crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer outre : accorder le crédit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Décision non enregistrée : passer outre la décision du modèle demande une justification écrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Décision non enregistrée : le stockage local n&apos;est pas disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision enregistrée sur ce poste (n° d&apos;envoi %1) et transmise au serveur dès qu&apos;il répond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision enregistrée (n° %1). Elle ne peut plus être modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Décision non enregistrée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification (obligatoire pour passer outre) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la décision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::DensityGridChart</name>
    <message>
        <source>Densité de deux variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Densité : %1 et %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun client à afficher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flèches gauche et droite pour parcourir les cases non vides ; la case du client est la première sélectionnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (case du client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients, %2 % des clients affichés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moins de %1 clients (nombre masqué pour protéger les données)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients par case : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hachurée : moins de %1 clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::DisplayFormat</name>
    <message>
        <source>pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fr</source>
        <comment>code of the interface language: en in the English catalogue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Refusé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::DistributionChart</name>
    <message>
        <source>Flèches gauche et droite pour parcourir les tranches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphique de comparaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Répartition : %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tranche du client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients, %2 % du groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ; %1 ont remboursé, %2 en difficulté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun client dans ce groupe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ; barres pleines : ont remboursé, hachurées : en difficulté (part de chaque groupe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moins de %1 clients (nombre masqué pour protéger les données)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ; remboursé et en difficulté masqués (l&apos;un compte moins de %1 clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ; « &lt; %1 » : moins de %1 clients, nombre masqué</source>
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
    <name>credit::ui::FairnessChart</name>
    <message>
        <source>Taux d&apos;acceptation par groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non calculable (aucun client dans ce groupe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acceptés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, intervalle de confiance à 95 % de %1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rapport %1 au groupe le plus accepté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sous le seuil d&apos;alerte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune analyse d&apos;équité dans ce modèle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non calculable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part des clients acceptés dans chaque groupe, avec son intervalle de confiance. Flèches haut et bas pour parcourir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::FairnessTableModel</name>
    <message>
        <source>non calculable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (IC 95 % %2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 (sous le seuil d&apos;alerte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (groupe le plus accepté)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux d&apos;acceptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport au groupe le plus accepté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusés parmi ceux qui ont remboursé</source>
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
    <name>credit::ui::InternalControlNames</name>
    <message>
        <source>%1 : liste des choix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sélectionner tout le tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer le champ</source>
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
        <source>Couleurs a&amp;daptées (par défaut)</source>
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
        <source>Ta&amp;ille du texte</source>
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
    <message>
        <source>&amp;Nouvelle demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporter l&apos;explication en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les &amp;décisions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explication enregistrée dans %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter l&apos;explication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explication-client-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le stockage local n&apos;est pas disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisions exportées dans %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export des décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisir une nouvelle demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter l&apos;explication en PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sur une barre d&apos;onglets : onglet suivant (explication, comparer, modifier, décision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le dossier : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explication, comparaison, modification et décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vue des décisions (superviseur)…</source>
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
    <message>
        <source>Équité par groupe de clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributs exclus du modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non renseigné (modèle antérieur aux règles d&apos;exclusion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions par défaut levées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part des clients acceptés au seuil %1 dans chaque groupe (prédictions hors échantillon de l&apos;entraînement, %2 clients), avec l&apos;intervalle de confiance à 95 % (%3 rééchantillonnages). ⚠ marque un groupe accepté moins de %4 fois autant que le groupe le plus accepté : un signal à examiner, pas un test juridique ; un groupe peut être moins accepté parce qu&apos;il fait plus défaut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributs exclus retrouvés par les variables du modèle (AUC validée croisée, 0,5 = pas du tout) : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce modèle ne contient pas d&apos;analyse d&apos;équité : l&apos;équipe données la produit avec « credit-scoring fairness ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Attention : ce modèle n&apos;indique pas quels attributs il exclut (fichier antérieur aux règles d&apos;exclusion). Il peut tenir compte du genre ou de la situation familiale : demandez à l&apos;équipe données de le réentraîner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de l&apos;équité par groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun avertissement sur le modèle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::PortfolioModel</name>
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
    <name>credit::ui::ReviewQueueDialog</name>
    <message>
        <source>Revue des décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dérogations seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisions enregistrées sur le serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État de la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plus de décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dep&amp;uis le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier jour affiché</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::SavedScenarioListModel</name>
    <message>
        <source>non évalué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — en attente d&apos;envoi au serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — refusé par le serveur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ScenarioDocument</name>
    <message>
        <source>Modifier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer une piste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scénario du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer le brouillon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credit::ui::ScenarioEditor</name>
    <message>
        <source>Modifier le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les champs marqués * sont obligatoires. Les modifications forment un scénario : le dossier d&apos;origine n&apos;est jamais modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choisir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(non renseigné)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champs du dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir (Ctrl+Maj+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score avant et après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pistes pour obtenir un accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scénarios enregistrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du scénario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier du client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun modèle disponible pour recalculer le score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le scénario n&apos;a pas pu être évalué : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avant : %1 — après : non évalué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilité de difficultés : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avant : %1 → après : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le scénario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul du score par le serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche de pistes en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pistes trouvées : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score du scénario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scénarios enregistrés de ce dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande enregistrée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Défilement vertical : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Défilement horizontal : %1</source>
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
    <name>credit::ui::ServerScenarioRepository</name>
    <message>
        <source> (dossier n° %1)</source>
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
        <source>Dossier local (données de démonstration ou dossier choisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur de la banque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source des dossiers clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers clients :</source>
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
