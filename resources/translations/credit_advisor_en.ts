<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Scroll Left</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Scroll Right</translation>
    </message>
</context>
<context>
    <name>credit::service::ScoringStatus</name>
    <message>
        <source>Modèle local v%1</source>
        <translation>Local model v%1</translation>
    </message>
    <message>
        <source>Serveur distant</source>
        <translation>Remote server</translation>
    </message>
    <message>
        <source>Serveur distant (modèle v%1)</source>
        <translation>Remote server (model v%1)</translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 : %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>credit::ui</name>
    <message>
        <source>Données de démonstration synthétiques : aucun client réel.</source>
        <translation>Synthetic demo data: no real clients.</translation>
    </message>
    <message>
        <source>Explication de la décision de crédit — client %1</source>
        <translation>Credit decision explanation — client %1</translation>
    </message>
    <message>
        <source>Décision du modèle : %1</source>
        <translation>Model decision: %1</translation>
    </message>
    <message>
        <source>ACCORD</source>
        <translation>GRANTED</translation>
    </message>
    <message>
        <source>REFUS</source>
        <translation>REFUSED</translation>
    </message>
    <message>
        <source>probabilité de difficultés %1, seuil %2</source>
        <translation>probability of payment difficulties %1, threshold %2</translation>
    </message>
    <message>
        <source>Ce qui augmente le risque</source>
        <translation>What raises the risk</translation>
    </message>
    <message>
        <source>Ce qui diminue le risque</source>
        <translation>What lowers the risk</translation>
    </message>
    <message>
        <source>Principaux éléments du dossier</source>
        <translation>Key facts of the client file</translation>
    </message>
    <message>
        <source>Comparaison avec les autres clients</source>
        <translation>Comparison with other clients</translation>
    </message>
    <message>
        <source>Modèle %1 · document édité le %2</source>
        <translation>Model %1 · document issued on %2</translation>
    </message>
    <message>
        <source>Explication de la décision de crédit</source>
        <translation>Credit decision explanation</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le PDF %1 : %2</source>
        <translation>Could not write the PDF %1: %2</translation>
    </message>
</context>
<context>
    <name>credit::ui::AdvisorController</name>
    <message>
        <source>Connexion au serveur %1…</source>
        <translation>Connecting to the server %1…</translation>
    </message>
    <message>
        <source>Chargement du portefeuille %1…</source>
        <translation>Loading the portfolio %1…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ouverture du portefeuille</source>
        <translation>Opening the portfolio</translation>
    </message>
    <message>
        <source>Ouverture annulée.</source>
        <translation>Opening cancelled.</translation>
    </message>
    <message>
        <source>Données de démonstration synthétiques</source>
        <translation>Synthetic demonstration data</translation>
    </message>
    <message numerus="yes">
        <source>%1 : %n client(s) chargé(s).</source>
        <translation>
            <numerusform>%1: %n client loaded.</numerusform>
            <numerusform>%1: %n clients loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le stockage local était illisible : il a été conservé sous %1 et un nouveau stockage a été créé.</source>
        <translation>The local storage was unreadable: it has been kept as %1 and a new storage has been created.</translation>
    </message>
    <message>
        <source>Stockage local indisponible (scénarios et décisions non enregistrables) : %1</source>
        <translation>Local storage unavailable (scenarios and decisions cannot be saved): %1</translation>
    </message>
    <message>
        <source>Attention : le modèle n&apos;indique pas quels attributs il exclut (voir la page Modèle).</source>
        <translation>Warning: the model does not say which attributes it excludes (see the Model page).</translation>
    </message>
</context>
<context>
    <name>credit::ui::ClientFinder</name>
    <message>
        <source>&amp;Rechercher un client :</source>
        <translation>&amp;Search for a client:</translation>
    </message>
    <message>
        <source>Numéro de client</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Rechercher un client par numéro</source>
        <translation>Search for a client by number</translation>
    </message>
    <message>
        <source>Toutes les décisions</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <source>Crédits accordés</source>
        <translation>Granted loans</translation>
    </message>
    <message>
        <source>Crédits refusés</source>
        <translation>Refused loans</translation>
    </message>
    <message>
        <source>Filtrer par décision</source>
        <translation>Filter by decision</translation>
    </message>
    <message>
        <source>Liste des clients</source>
        <translation>Client list</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) affiché(s), d&apos;autres à la suite</source>
        <translation>
            <numerusform>%n client shown, more below</numerusform>
            <numerusform>%n clients shown, more below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) affiché(s)</source>
        <translation>
            <numerusform>%n client shown</numerusform>
            <numerusform>%n clients shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Dé&amp;cision :</source>
        <translation>&amp;Decision:</translation>
    </message>
</context>
<context>
    <name>credit::ui::ComparisonTableModel</name>
    <message>
        <source>◆ le client</source>
        <translation>◆ the client</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Part du groupe</source>
        <translation>Share of group</translation>
    </message>
    <message>
        <source>Ont remboursé</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <source>En difficulté</source>
        <translation>In difficulty</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>pas le client</source>
        <translation>not the client</translation>
    </message>
    <message>
        <source>masquée</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>masqué : l&apos;un des deux nombres est inférieur à %1</source>
        <translation>hidden: one of the two counts is below %1</translation>
    </message>
    <message>
        <source>masqué</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>moins de %1 clients (nombre masqué)</source>
        <translation>fewer than %1 clients (count hidden)</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
</context>
<context>
    <name>credit::ui::ComparisonView</name>
    <message>
        <source>Comparer le client</source>
        <translation>Compare the client</translation>
    </message>
    <message>
        <source>Variable comparée</source>
        <translation>Compared variable</translation>
    </message>
    <message>
        <source>Règle chaque filtre sur la valeur du client</source>
        <translation>Sets each filter to the client&apos;s value</translation>
    </message>
    <message>
        <source>Vues de la comparaison</source>
        <translation>Comparison views</translation>
    </message>
    <message>
        <source>Graphique</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Tableau de la répartition</source>
        <translation>Distribution table</translation>
    </message>
    <message>
        <source>Tableau de données</source>
        <translation>Data table</translation>
    </message>
    <message>
        <source>Variable horizontale</source>
        <translation>Horizontal variable</translation>
    </message>
    <message>
        <source>Variable verticale</source>
        <translation>Vertical variable</translation>
    </message>
    <message>
        <source>Deux variables</source>
        <translation>Two variables</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 à %2 ans</source>
        <translation>%1 to %2 years</translation>
    </message>
    <message>
        <source>%1 et plus</source>
        <translation>%1 and above</translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>des clients similaires</source>
        <translation>of similar clients</translation>
    </message>
    <message>
        <source>de l&apos;ensemble des clients</source>
        <translation>of all clients</translation>
    </message>
    <message>
        <source>clients similaires (%1)</source>
        <translation>similar clients (%1)</translation>
    </message>
    <message>
        <source>tous les clients (%1)</source>
        <translation>all clients (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Groupe : %n client(s) correspondent aux filtres.</source>
        <translation>
            <numerusform>Group: %n client matches the filters.</numerusform>
            <numerusform>Group: %n clients match the filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groupe : tous les clients du portefeuille (%1).</source>
        <translation>Group: all clients in the portfolio (%1).</translation>
    </message>
    <message>
        <source>des clients de référence</source>
        <translation>of the reference clients</translation>
    </message>
    <message>
        <source>clients de référence du modèle (%1)</source>
        <translation>the model&apos;s reference clients (%1)</translation>
    </message>
    <message>
        <source>Groupe : les %1 clients sur lesquels le modèle a été entraîné. Sans données de portefeuille chargées, les filtres ne sont pas disponibles.</source>
        <translation>Group: the %1 clients the model was trained on. The filters are not available until portfolio data is loaded.</translation>
    </message>
    <message>
        <source>Aucune donnée de comparaison : chargez un portefeuille ou un modèle.</source>
        <translation>No comparison data: load a portfolio or a model.</translation>
    </message>
    <message>
        <source>◆ Client : %1</source>
        <translation>◆ Client: %1</translation>
    </message>
    <message>
        <source>%1 : pas de données de comparaison disponibles.</source>
        <translation>%1: no comparison data available.</translation>
    </message>
    <message>
        <source>Aucun client ne correspond à ces filtres : élargissez-en un (par exemple la tranche d&apos;âge ou de revenu) pour comparer.</source>
        <translation>No client matches these filters: widen one of them (for example the age or income band) to compare.</translation>
    </message>
    <message>
        <source>%1 : %2 % %3 ont la même valeur que le client (%4).</source>
        <translation>%1: %2% %3 have the same value as the client (%4).</translation>
    </message>
    <message>
        <source>%1 : la valeur du client n&apos;est pas connue.</source>
        <translation>%1: the client&apos;s value is not known.</translation>
    </message>
    <message>
        <source>%1 : le client est au %2 centile %3.</source>
        <translation>%1: the client is at the %2 percentile %3.</translation>
    </message>
    <message>
        <source>La vue à deux variables a besoin des lignes clients d&apos;un portefeuille ; les statistiques du modèle ne décrivent qu&apos;une variable à la fois.</source>
        <translation>The two-variable view needs the client rows of a portfolio; the model&apos;s statistics describe only one variable at a time.</translation>
    </message>
    <message>
        <source>Grille de %1 × %2 cases (teinte : nombre de clients par case, échelle racine carrée) ; %3 clients avec les deux valeurs.</source>
        <translation>Grid of %1 × %2 cells (shade: number of clients per cell, square-root scale); %3 clients with both values.</translation>
    </message>
    <message>
        <source>Le client est marqué d&apos;un cercle barré « Client ».</source>
        <translation>The client is marked with a crossed circle labelled “Client”.</translation>
    </message>
    <message>
        <source>Une des deux valeurs du client est inconnue : il n&apos;est pas placé.</source>
        <translation>One of the client&apos;s two values is unknown: the client is not shown on the grid.</translation>
    </message>
    <message>
        <source>Variable :</source>
        <translation>Variable:</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Revenu</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Études</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Famille</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Clients similaires</source>
        <translation>Similar clients</translation>
    </message>
    <message>
        <source>Tous les clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>Séparer remboursé / en difficulté</source>
        <translation>Split repaid / in difficulty</translation>
    </message>
    <message>
        <source>Axe horizontal :</source>
        <translation>Horizontal axis:</translation>
    </message>
    <message>
        <source>Axe vertical :</source>
        <translation>Vertical axis:</translation>
    </message>
    <message>
        <source>Les axes couvrent du 1er au 99e centile : %1 clients au-delà sont comptés dans les cases du bord.</source>
        <translation>The axes span the 1st to the 99th percentile: %1 clients beyond them are counted in the edge cells.</translation>
    </message>
    <message>
        <source>Demande de la répartition au serveur…</source>
        <translation>Asking the server for the distribution…</translation>
    </message>
    <message>
        <source>Moins de %1 clients correspondent à ces filtres : le serveur ne montre pas la répartition d&apos;un si petit groupe, pour protéger leurs données. Élargissez un filtre pour comparer.</source>
        <translation>Fewer than %1 clients match these filters: the server does not show the distribution of so small a group, to protect their data. Widen a filter to compare.</translation>
    </message>
    <message>
        <source>%1 : moins de %2 clients du groupe ont la même valeur que le client (%3).</source>
        <translation>%1: fewer than %2 clients of the group have the same value as the client (%3).</translation>
    </message>
    <message>
        <source>%1 : le client est dans la tranche %2, où se trouvent moins de %3 clients du groupe.</source>
        <translation>%1: the client is in the range %2, which holds fewer than %3 clients of the group.</translation>
    </message>
    <message>
        <source>%1 : le client est dans la tranche %2, où se trouvent %3 % %4.</source>
        <translation>%1: the client is in the range %2, which holds %3% %4.</translation>
    </message>
    <message>
        <source>moins de %1</source>
        <translation>fewer than %1</translation>
    </message>
    <message>
        <source>Groupe : moins de %1 clients correspondent aux filtres (serveur de la banque).</source>
        <translation>Group: fewer than %1 clients match the filters (the bank&apos;s server).</translation>
    </message>
    <message numerus="yes">
        <source>Groupe : %n client(s) correspondent aux filtres (serveur de la banque).</source>
        <translation>
            <numerusform>Group: %n client matches the filters (the bank&apos;s server).</numerusform>
            <numerusform>Group: %n clients match the filters (the bank&apos;s server).</numerusform>
        </translation>
    </message>
    <message>
        <source>Groupe : tous les clients du serveur de la banque (%1).</source>
        <translation>Group: all clients on the bank&apos;s server (%1).</translation>
    </message>
    <message>
        <source>Moins de %1 clients dans ce groupe : le serveur ne montre pas leur grille, pour protéger leurs données.</source>
        <translation>Fewer than %1 clients in this group: the server does not show their grid, to protect their data.</translation>
    </message>
    <message>
        <source>Grille de %1 × %2 cases calculée par le serveur (teinte : nombre de clients par case, échelle racine carrée) ; %3 clients avec les deux valeurs.</source>
        <translation>Grid of %1 × %2 cells computed by the server (shade: clients per cell, square-root scale); %3 clients with both values.</translation>
    </message>
    <message>
        <source>Cases hachurées : moins de %1 clients, nombre masqué pour protéger leurs données.</source>
        <translation>Hatched cells: fewer than %1 clients, count hidden to protect their data.</translation>
    </message>
    <message>
        <source>La comparaison n&apos;a pas pu être demandée au serveur : %1</source>
        <translation>The comparison could not be requested from the server: %1</translation>
    </message>
</context>
<context>
    <name>credit::ui::ContributionChart</name>
    <message>
        <source>Barres à droite : augmentent le risque ; à gauche : le diminuent. Flèches haut et bas pour parcourir.</source>
        <translation>Bars to the right raise the risk; bars to the left lower it. Use the Up and Down arrows to browse.</translation>
    </message>
    <message>
        <source>Contributions des variables au score</source>
        <translation>Contributions of the variables to the score</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Aucune explication à afficher.</source>
        <translation>No explanation to show.</translation>
    </message>
    <message>
        <source>◀ Diminue le risque</source>
        <translation>◀ Lowers the risk</translation>
    </message>
    <message>
        <source>Augmente le risque ▶</source>
        <translation>Raises the risk ▶</translation>
    </message>
</context>
<context>
    <name>credit::ui::ContributionRow</name>
    <message numerus="yes">
        <source>Autres variables (%n)</source>
        <translation>
            <numerusform>Other variables (%n)</numerusform>
            <numerusform>Other variables (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>credit::ui::ContributionTableModel</name>
    <message>
        <source>Augmente le risque</source>
        <translation>Raises the risk</translation>
    </message>
    <message>
        <source>Diminue le risque</source>
        <translation>Lowers the risk</translation>
    </message>
    <message>
        <source>Sans effet</source>
        <translation>No effect</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Valeur du client</source>
        <translation>Client&apos;s value</translation>
    </message>
    <message>
        <source>Sens</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Effet (points)</source>
        <translation>Effect (points)</translation>
    </message>
    <message>
        <source>plusieurs variables</source>
        <translation>several variables</translation>
    </message>
</context>
<context>
    <name>credit::ui::ContributionView</name>
    <message>
        <source>&amp;Graphique</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <source>Contributions au score</source>
        <translation>Contributions to the score</translation>
    </message>
    <message>
        <source>Tableau des contributions au score</source>
        <translation>Table of contributions to the score</translation>
    </message>
    <message>
        <source>Graphique des contributions au score</source>
        <translation>Chart of contributions to the score</translation>
    </message>
    <message>
        <source>&amp;Tableau</source>
        <translation>T&amp;able</translation>
    </message>
</context>
<context>
    <name>credit::ui::DecisionHistoryModel</name>
    <message>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Oui, dérogation</source>
        <translation>Yes, override</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>N° client</source>
        <translation>Client no.</translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Dérogation</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Version du modèle</source>
        <translation>Model version</translation>
    </message>
</context>
<context>
    <name>credit::ui::DecisionPanel</name>
    <message>
        <source>&amp;Historique des décisions du client (serveur) :</source>
        <translation>Client&apos;s decision histor&amp;y (server):</translation>
    </message>
    <message>
        <source>Historique des décisions du client</source>
        <translation>Client&apos;s decision history</translation>
    </message>
    <message>
        <source>Décision du conseiller</source>
        <translation>Advisor&apos;s decision</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>État de la décision</source>
        <translation>Decision status</translation>
    </message>
    <message>
        <source>Choisissez un client pour enregistrer une décision.</source>
        <translation>Choose a client to record a decision.</translation>
    </message>
    <message>
        <source>Confirmer la décision du modèle</source>
        <translation>Confirm the model&apos;s decision</translation>
    </message>
    <message>
        <source>Passer outre la décision du modèle</source>
        <translation>Override the model&apos;s decision</translation>
    </message>
    <message>
        <source>Décision du modèle : %1 (probabilité %2, seuil %3).</source>
        <translation>Model decision: %1 (probability %2, threshold %3).</translation>
    </message>
    <message>
        <source>accord</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>refus</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>Confirmer : accorder le crédit</source>
        <translation>Confirm: grant the loan</translation>
    </message>
    <message>
        <source>Confirmer : refuser le crédit</source>
        <translation>Confirm: refuse the loan</translation>
    </message>
    <message>
        <source>Passer outre : refuser le crédit</source>
        <translation>Override: refuse the loan</translation>
    </message>
    <message>
        <source>Passer outre : accorder le crédit</source>
        <translation>Override: grant the loan</translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>⚠ Décision non enregistrée : passer outre la décision du modèle demande une justification écrite.</source>
        <translation>⚠ Decision not recorded: overriding the model&apos;s decision requires a written justification.</translation>
    </message>
    <message>
        <source>⚠ Décision non enregistrée : le stockage local n&apos;est pas disponible.</source>
        <translation>⚠ Decision not recorded: the local storage is not available.</translation>
    </message>
    <message>
        <source>Décision enregistrée sur ce poste (n° d&apos;envoi %1) et transmise au serveur dès qu&apos;il répond.</source>
        <translation>Decision saved on this workstation (sending no. %1) and passed to the server as soon as it answers.</translation>
    </message>
    <message>
        <source>Décision enregistrée (n° %1). Elle ne peut plus être modifiée.</source>
        <translation>Decision recorded (no. %1). It can no longer be changed.</translation>
    </message>
    <message>
        <source>⚠ Décision non enregistrée : %1</source>
        <translation>⚠ Decision not recorded: %1</translation>
    </message>
    <message>
        <source>Justification (obligatoire pour passer outre) :</source>
        <translation>Justification (required to override):</translation>
    </message>
    <message>
        <source>Enregistrer la décision</source>
        <translation>Record the decision</translation>
    </message>
</context>
<context>
    <name>credit::ui::DensityGridChart</name>
    <message>
        <source>Densité de deux variables</source>
        <translation>Two-variable density</translation>
    </message>
    <message>
        <source>Densité : %1 et %2</source>
        <translation>Density: %1 and %2</translation>
    </message>
    <message>
        <source>Aucun client à afficher.</source>
        <translation>No clients to show.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Flèches gauche et droite pour parcourir les cases non vides ; la case du client est la première sélectionnée.</source>
        <translation>Left and right arrows walk the non-empty cells; the client&apos;s cell is selected first.</translation>
    </message>
    <message>
        <source>%1 %2, %3 %4</source>
        <translation>%1 %2, %3 %4</translation>
    </message>
    <message>
        <source>%1 (case du client)</source>
        <translation>%1 (client&apos;s cell)</translation>
    </message>
    <message>
        <source>%1 clients, %2 % des clients affichés</source>
        <translation>%1 clients, %2% of the clients shown</translation>
    </message>
    <message>
        <source>moins de %1 clients (nombre masqué pour protéger les données)</source>
        <translation>fewer than %1 clients (count hidden to protect their data)</translation>
    </message>
    <message>
        <source>Clients par case : %1</source>
        <translation>Clients per cell: %1</translation>
    </message>
    <message>
        <source>hachurée : moins de %1 clients</source>
        <translation>hatched: fewer than %1 clients</translation>
    </message>
</context>
<context>
    <name>credit::ui::DisplayFormat</name>
    <message>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <source>fr</source>
        <comment>code of the interface language: en in the English catalogue</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>✓ Accordé</source>
        <translation>✓ Granted</translation>
    </message>
    <message>
        <source>✗ Refusé</source>
        <translation>✗ Refused</translation>
    </message>
</context>
<context>
    <name>credit::ui::DistributionChart</name>
    <message>
        <source>Flèches gauche et droite pour parcourir les tranches.</source>
        <translation>Use the left and right arrows to move through the bands.</translation>
    </message>
    <message>
        <source>Graphique de comparaison</source>
        <translation>Comparison chart</translation>
    </message>
    <message>
        <source>Répartition : %1, %2</source>
        <translation>Distribution: %1, %2</translation>
    </message>
    <message>
        <source>%1 (tranche du client)</source>
        <translation>%1 (client&apos;s band)</translation>
    </message>
    <message>
        <source>%1 clients, %2 % du groupe</source>
        <translation>%1 clients, %2% of the group</translation>
    </message>
    <message>
        <source> ; %1 ont remboursé, %2 en difficulté</source>
        <translation>; %1 repaid, %2 in difficulty</translation>
    </message>
    <message>
        <source>Aucun client dans ce groupe.</source>
        <translation>No clients in this group.</translation>
    </message>
    <message>
        <source> ; barres pleines : ont remboursé, hachurées : en difficulté (part de chaque groupe)</source>
        <translation>; solid bars: repaid, hatched bars: in difficulty (share of each group)</translation>
    </message>
    <message>
        <source>moins de %1 clients (nombre masqué pour protéger les données)</source>
        <translation>fewer than %1 clients (count hidden to protect their data)</translation>
    </message>
    <message>
        <source> ; remboursé et en difficulté masqués (l&apos;un compte moins de %1 clients)</source>
        <translation>; repaid and in difficulty hidden (one of them counts fewer than %1 clients)</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source> ; « &lt; %1 » : moins de %1 clients, nombre masqué</source>
        <translation>; “&lt; %1”: fewer than %1 clients, count hidden</translation>
    </message>
</context>
<context>
    <name>credit::ui::FactsPanel</name>
    <message>
        <source>Le client et sa demande</source>
        <translation>The client and the application</translation>
    </message>
    <message>
        <source>Historique de crédit</source>
        <translation>Credit history</translation>
    </message>
    <message>
        <source>Aucun client sélectionné.</source>
        <translation>No client selected.</translation>
    </message>
    <message>
        <source>%1 :</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>credit::ui::FairnessChart</name>
    <message>
        <source>Taux d&apos;acceptation par groupe</source>
        <translation>Approval rate by group</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>non calculable (aucun client dans ce groupe)</source>
        <translation>not computable (no client in this group)</translation>
    </message>
    <message>
        <source>%1 acceptés</source>
        <translation>%1 approved</translation>
    </message>
    <message>
        <source>, intervalle de confiance à 95 % de %1 à %2</source>
        <translation>, 95 % confidence interval %1 to %2</translation>
    </message>
    <message>
        <source>, rapport %1 au groupe le plus accepté</source>
        <translation>, ratio %1 to the most-approved group</translation>
    </message>
    <message>
        <source>, sous le seuil d&apos;alerte</source>
        <translation>, below the screening flag</translation>
    </message>
    <message>
        <source>Aucune analyse d&apos;équité dans ce modèle.</source>
        <translation>No fairness analysis in this model.</translation>
    </message>
    <message>
        <source>non calculable</source>
        <translation>not computable</translation>
    </message>
    <message>
        <source>Part des clients acceptés dans chaque groupe, avec son intervalle de confiance. Flèches haut et bas pour parcourir.</source>
        <translation>Share of clients approved in each group, with its confidence interval. Use the Up and Down arrows to browse.</translation>
    </message>
</context>
<context>
    <name>credit::ui::FairnessTableModel</name>
    <message>
        <source>non calculable</source>
        <translation>not computable</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (IC 95 % %2 – %3)</source>
        <translation>%1 (95 % CI %2 – %3)</translation>
    </message>
    <message>
        <source>⚠ %1 (sous le seuil d&apos;alerte)</source>
        <translation>⚠ %1 (below the screening flag)</translation>
    </message>
    <message>
        <source>%1 (groupe le plus accepté)</source>
        <translation>%1 (most-approved group)</translation>
    </message>
    <message>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Taux de défaut</source>
        <translation>Default rate</translation>
    </message>
    <message>
        <source>Taux d&apos;acceptation</source>
        <translation>Approval rate</translation>
    </message>
    <message>
        <source>Rapport au groupe le plus accepté</source>
        <translation>Ratio to the most-approved group</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Refusés parmi ceux qui ont remboursé</source>
        <translation>Refused among clients who repaid</translation>
    </message>
</context>
<context>
    <name>credit::ui::ImportanceChart</name>
    <message>
        <source>Effet moyen de chaque variable sur le score, de la plus importante à la moins importante. Flèches haut et bas pour parcourir.</source>
        <translation>Average effect of each variable on the score, from the most to the least important. Use the Up and Down arrows to browse.</translation>
    </message>
    <message>
        <source>Importance globale des variables</source>
        <translation>Global importance of the variables</translation>
    </message>
    <message>
        <source>%1 (effet moyen, en log-odds)</source>
        <translation>%1 (average effect, in log-odds)</translation>
    </message>
    <message>
        <source>Aucun modèle chargé.</source>
        <translation>No model loaded.</translation>
    </message>
</context>
<context>
    <name>credit::ui::InternalControlNames</name>
    <message>
        <source>%1 : liste des choix</source>
        <translation>%1: list of choices</translation>
    </message>
    <message>
        <source>Sélectionner tout le tableau</source>
        <translation>Select the whole table</translation>
    </message>
    <message>
        <source>Effacer le champ</source>
        <translation>Clear the field</translation>
    </message>
</context>
<context>
    <name>credit::ui::MainWindow</name>
    <message>
        <source>Re&amp;vue des décisions (superviseur)…</source>
        <translation>&amp;Review of decisions (supervisor)…</translation>
    </message>
    <message>
        <source>Conseiller crédit</source>
        <translation>Credit Advisor</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Ouvrir un portefeuille de clients</source>
        <translation>Open a client portfolio</translation>
    </message>
    <message>
        <source>&amp;Rechercher un client</source>
        <translation>&amp;Search for a client</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Thème</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Automatique (suivre le système)</source>
        <translation>&amp;Automatic (follow the system)</translation>
    </message>
    <message>
        <source>Couleurs a&amp;daptées (par défaut)</source>
        <translation>Colour-blind-&amp;safe colours (default)</translation>
    </message>
    <message>
        <source>Contraste élevé &amp;clair</source>
        <translation>High contrast &amp;light</translation>
    </message>
    <message>
        <source>Contraste élevé &amp;sombre</source>
        <translation>High contrast &amp;dark</translation>
    </message>
    <message>
        <source>Ta&amp;ille du texte</source>
        <translation>Te&amp;xt size</translation>
    </message>
    <message>
        <source>A&amp;grandir le texte</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Réduire le texte</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>À &amp;propos</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Données de démonstration synthétiques : ces clients n&apos;existent pas.</source>
        <translation>Synthetic demonstration data: these clients do not exist.</translation>
    </message>
    <message>
        <source>Données de démonstration synthétiques</source>
        <translation>Synthetic demonstration data</translation>
    </message>
    <message>
        <source>Source du score : non connectée</source>
        <translation>Scoring source: not connected</translation>
    </message>
    <message>
        <source>Source du score : %1</source>
        <translation>Scoring source: %1</translation>
    </message>
    <message>
        <source>Client n° %1</source>
        <translation>Client no. %1</translation>
    </message>
    <message>
        <source>Aucun client sélectionné</source>
        <translation>No client selected</translation>
    </message>
    <message>
        <source>Jauge de probabilité de défaut</source>
        <translation>Probability of default gauge</translation>
    </message>
    <message>
        <source>Clients et score</source>
        <translation>Clients and score</translation>
    </message>
    <message>
        <source>Ouvrir un portefeuille</source>
        <translation>Open a portfolio</translation>
    </message>
    <message>
        <source>Rechercher un client</source>
        <translation>Search for a client</translation>
    </message>
    <message>
        <source>Depuis la recherche : aller à la liste des clients</source>
        <translation>From the search box: go to the client list</translation>
    </message>
    <message>
        <source>Agrandir le texte</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Réduire le texte</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Passer à la zone suivante</source>
        <translation>Move to the next area</translation>
    </message>
    <message>
        <source>Passer du graphique au tableau des contributions</source>
        <translation>Switch between the contribution chart and table</translation>
    </message>
    <message>
        <source>Afficher cette aide</source>
        <translation>Show this help</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>À propos de Conseiller crédit</source>
        <translation>About Credit Advisor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Conseiller crédit&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Aide à la décision de crédit pour les chargés de relation client de « Prêt à dépenser » : probabilité de défaut, décision, raisons en langage clair.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Credit Advisor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Credit decision support for “Prêt à dépenser” client advisors: probability of default, decision, reasons in plain language.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Score et dossier du client</source>
        <translation>Client&apos;s score and file</translation>
    </message>
    <message>
        <source>&amp;Paramètres…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>Serveur de scoring, clé d&apos;API, mode de calcul, langue, thème et taille du texte</source>
        <translation>Scoring server, API key, scoring mode, language, theme and text size</translation>
    </message>
    <message>
        <source>Ouvrir un portefeuille (fichier application_train.csv du dossier)</source>
        <translation>Open a portfolio (the folder&apos;s application_train.csv file)</translation>
    </message>
    <message>
        <source>Fichiers de clients (*.csv);;Tous les fichiers (*)</source>
        <translation>Client files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Dossier client</source>
        <translation>&amp;Client file</translation>
    </message>
    <message>
        <source>&amp;Modèle</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Modèle de score</source>
        <translation>Scoring model</translation>
    </message>
    <message>
        <source>Ouvrir le menu</source>
        <translation>Open the menu</translation>
    </message>
    <message>
        <source>Afficher la page Clients</source>
        <translation>Show the Clients page</translation>
    </message>
    <message>
        <source>Afficher la page Modèle</source>
        <translation>Show the Model page</translation>
    </message>
    <message>
        <source>Revenir à la zone précédente</source>
        <translation>Move to the previous area</translation>
    </message>
    <message>
        <source>Graphiques : barre précédente ; liste : client précédent</source>
        <translation>Charts: previous bar; list: previous client</translation>
    </message>
    <message>
        <source>Graphiques : barre suivante ; liste : client suivant</source>
        <translation>Charts: next bar; list: next client</translation>
    </message>
    <message>
        <source>Ouvrir le menu (ou Alt + lettre soulignée)</source>
        <translation>Open the menu (or Alt + underlined letter)</translation>
    </message>
    <message>
        <source>&amp;Nouvelle demande</source>
        <translation>&amp;New application</translation>
    </message>
    <message>
        <source>&amp;Exporter l&apos;explication en PDF…</source>
        <translation>&amp;Export the explanation as PDF…</translation>
    </message>
    <message>
        <source>Exporter les &amp;décisions (CSV)…</source>
        <translation>Export &amp;decisions (CSV)…</translation>
    </message>
    <message>
        <source>Explication</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Comparer</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Modifier le dossier</source>
        <translation>Edit the file</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Dossier du client</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un client.</source>
        <translation>Choose a client first.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF export</translation>
    </message>
    <message>
        <source>Explication enregistrée dans %1</source>
        <translation>Explanation saved to %1</translation>
    </message>
    <message>
        <source>Exporter l&apos;explication</source>
        <translation>Export the explanation</translation>
    </message>
    <message>
        <source>explication-client-%1.pdf</source>
        <translation>client-explanation-%1.pdf</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Le stockage local n&apos;est pas disponible.</source>
        <translation>The local storage is not available.</translation>
    </message>
    <message>
        <source>Exporter les décisions</source>
        <translation>Export the decisions</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Décisions exportées dans %1</source>
        <translation>Decisions exported to %1</translation>
    </message>
    <message>
        <source>Export des décisions</source>
        <translation>Decision export</translation>
    </message>
    <message>
        <source>Saisir une nouvelle demande</source>
        <translation>Enter a new application</translation>
    </message>
    <message>
        <source>Exporter l&apos;explication en PDF</source>
        <translation>Export the explanation as PDF</translation>
    </message>
    <message>
        <source>Sur une barre d&apos;onglets : onglet suivant (explication, comparer, modifier, décision)</source>
        <translation>On a tab bar: next tab (explanation, compare, edit, decision)</translation>
    </message>
    <message>
        <source>Modifier le dossier : %1</source>
        <translation>Edit the file: %1</translation>
    </message>
    <message>
        <source>Explication, comparaison, modification et décision</source>
        <translation>Explanation, comparison, editing and decision</translation>
    </message>
</context>
<context>
    <name>credit::ui::ModelPage</name>
    <message>
        <source>Aucun avertissement sur le modèle</source>
        <translation>No warning about the model</translation>
    </message>
    <message>
        <source>%1 :</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✓ Stable</source>
        <translation>✓ Stable</translation>
    </message>
    <message>
        <source>⚠ Dérive modérée</source>
        <translation>⚠ Moderate drift</translation>
    </message>
    <message>
        <source>✗ Dérive forte</source>
        <translation>✗ Strong drift</translation>
    </message>
    <message>
        <source>? Non comparable</source>
        <translation>? Not comparable</translation>
    </message>
    <message>
        <source>Modèle de score, version %1</source>
        <translation>Scoring model, version %1</translation>
    </message>
    <message>
        <source>Aucun modèle chargé</source>
        <translation>No model loaded</translation>
    </message>
    <message>
        <source>Fiche du modèle</source>
        <translation>Model card</translation>
    </message>
    <message>
        <source>Importance globale des variables</source>
        <translation>Global importance of the variables</translation>
    </message>
    <message>
        <source>Dérive des données (dernier rapport)</source>
        <translation>Data drift (latest report)</translation>
    </message>
    <message>
        <source>Effet moyen de chaque variable sur le score de tous les clients (valeur absolue des contributions, en log-odds) : plus la barre est longue, plus la variable pèse.</source>
        <translation>Average effect of each variable on the score of all clients (absolute value of the contributions, in log-odds): the longer the bar, the more the variable weighs.</translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation>not provided</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date d&apos;entraînement (UTC)</source>
        <translation>Training date (UTC)</translation>
    </message>
    <message>
        <source>Données d&apos;entraînement</source>
        <translation>Training data</translation>
    </message>
    <message>
        <source>%1 clients, dont %2 en difficulté de paiement</source>
        <translation>%1 clients, %2 of them with payment difficulties</translation>
    </message>
    <message>
        <source>Variables calculées</source>
        <translation>Computed features</translation>
    </message>
    <message>
        <source>Seuil de décision</source>
        <translation>Decision threshold</translation>
    </message>
    <message>
        <source>%1 (refus au-dessus)</source>
        <translation>%1 (refused above)</translation>
    </message>
    <message>
        <source>Coûts métier</source>
        <translation>Business costs</translation>
    </message>
    <message>
        <source>un défaut non détecté coûte %1 fois un bon client refusé</source>
        <translation>a missed default costs %1 times a wrongly refused good client</translation>
    </message>
    <message>
        <source>AUC (validation croisée)</source>
        <translation>AUC (cross-validation)</translation>
    </message>
    <message>
        <source>%1 (moyenne des plis %2 ± %3)</source>
        <translation>%1 (fold mean %2 ± %3)</translation>
    </message>
    <message>
        <source>Défauts détectés (rappel)</source>
        <translation>Defaults detected (recall)</translation>
    </message>
    <message>
        <source>Refus justifiés (précision)</source>
        <translation>Justified refusals (precision)</translation>
    </message>
    <message>
        <source>Empreinte du fichier</source>
        <translation>File fingerprint</translation>
    </message>
    <message>
        <source>Aucun modèle chargé : le score vient du service distant ou n&apos;est pas disponible.</source>
        <translation>No model loaded: the score comes from the remote service or is not available.</translation>
    </message>
    <message>
        <source>Rapport du %1</source>
        <translation>Report of %1</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Variables en dérive</source>
        <translation>Drifted variables</translation>
    </message>
    <message>
        <source>%1 sur %2 (%3)</source>
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2, PSI %3)</source>
        <translation>%1 (%2, PSI %3)</translation>
    </message>
    <message>
        <source>Variables les plus touchées</source>
        <translation>Most affected variables</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Le rapport de dérive %1 n&apos;a pas pu être lu : %2</source>
        <translation>The drift report %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Aucun rapport de dérive. L&apos;équipe données le produit avec « credit-scoring drift --json » ; son chemin se règle dans les paramètres (drift/reportJson).</source>
        <translation>No drift report. The data team produces it with “credit-scoring drift --json”; its path is set in the settings (drift/reportJson).</translation>
    </message>
    <message>
        <source>Équité par groupe de clients</source>
        <translation>Fairness by client group</translation>
    </message>
    <message>
        <source>Attributs exclus du modèle</source>
        <translation>Attributes excluded from the model</translation>
    </message>
    <message>
        <source>non renseigné (modèle antérieur aux règles d&apos;exclusion)</source>
        <translation>not recorded (model older than the exclusion rules)</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Exclusions par défaut levées</source>
        <translation>Default exclusions lifted</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Part des clients acceptés au seuil %1 dans chaque groupe (prédictions hors échantillon de l&apos;entraînement, %2 clients), avec l&apos;intervalle de confiance à 95 % (%3 rééchantillonnages). ⚠ marque un groupe accepté moins de %4 fois autant que le groupe le plus accepté : un signal à examiner, pas un test juridique ; un groupe peut être moins accepté parce qu&apos;il fait plus défaut.</source>
        <translation>Share of clients approved at the %1 threshold in each group (out-of-fold predictions of the training run, %2 clients), with the 95 % confidence interval (%3 resamples). ⚠ marks a group approved less than %4 times as often as the most-approved group: a signal to look into, not a legal test; a group may be approved less because it defaults more.</translation>
    </message>
    <message>
        <source>Attributs exclus retrouvés par les variables du modèle (AUC validée croisée, 0,5 = pas du tout) : %1</source>
        <translation>Excluded attributes recovered by the model&apos;s features (cross-validated AUC, 0.5 = not at all): %1</translation>
    </message>
    <message>
        <source>Ce modèle ne contient pas d&apos;analyse d&apos;équité : l&apos;équipe données la produit avec « credit-scoring fairness ».</source>
        <translation>This model carries no fairness analysis: the data team produces it with “credit-scoring fairness”.</translation>
    </message>
    <message>
        <source>⚠ Attention : ce modèle n&apos;indique pas quels attributs il exclut (fichier antérieur aux règles d&apos;exclusion). Il peut tenir compte du genre ou de la situation familiale : demandez à l&apos;équipe données de le réentraîner.</source>
        <translation>⚠ Warning: this model does not say which attributes it excludes (a file older than the exclusion rules). It may take gender or family status into account: ask the data team to retrain it.</translation>
    </message>
    <message>
        <source>Tableau de l&apos;équité par groupe</source>
        <translation>Fairness by group, table</translation>
    </message>
</context>
<context>
    <name>credit::ui::PortfolioModel</name>
    <message>
        <source>N° client</source>
        <translation>Client no.</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Probabilité</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Numéro du client (SK_ID_CURR)</source>
        <translation>Client number (SK_ID_CURR)</translation>
    </message>
    <message>
        <source>Décision du modèle au seuil en vigueur</source>
        <translation>Model decision at the current threshold</translation>
    </message>
    <message>
        <source>Probabilité de difficultés de paiement</source>
        <translation>Probability of payment difficulties</translation>
    </message>
    <message>
        <source>Type de contrat demandé</source>
        <translation>Requested contract type</translation>
    </message>
    <message>
        <source>Montant du crédit demandé</source>
        <translation>Requested credit amount</translation>
    </message>
</context>
<context>
    <name>credit::ui::ReasonsPanel</name>
    <message>
        <source>Ce qui pèse contre le dossier (augmente le risque)</source>
        <translation>What weighs against the application (raises the risk)</translation>
    </message>
    <message>
        <source>Ce qui joue en faveur du dossier (diminue le risque)</source>
        <translation>What supports the application (lowers the risk)</translation>
    </message>
    <message>
        <source>Aucun élément défavorable marquant.</source>
        <translation>No notable adverse factor.</translation>
    </message>
    <message>
        <source>Aucun élément favorable marquant.</source>
        <translation>No notable favourable factor.</translation>
    </message>
    <message>
        <source>Aucun client sélectionné.</source>
        <translation>No client selected.</translation>
    </message>
    <message>
        <source>Défavorable : %1</source>
        <translation>Adverse: %1</translation>
    </message>
    <message>
        <source>Favorable : %1</source>
        <translation>Favourable: %1</translation>
    </message>
</context>
<context>
    <name>credit::ui::ReviewQueueDialog</name>
    <message>
        <source>Revue des décisions</source>
        <translation>Review of decisions</translation>
    </message>
    <message>
        <source>&amp;Dérogations seulement</source>
        <translation>&amp;Overrides only</translation>
    </message>
    <message>
        <source>Décisions enregistrées sur le serveur</source>
        <translation>Decisions recorded on the server</translation>
    </message>
    <message>
        <source>État de la liste</source>
        <translation>List status</translation>
    </message>
    <message>
        <source>&amp;Plus de décisions</source>
        <translation>&amp;More decisions</translation>
    </message>
    <message>
        <source>&amp;Ouvrir le client</source>
        <translation>&amp;Open the client</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Dep&amp;uis le :</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>Premier jour affiché</source>
        <translation>First day shown</translation>
    </message>
</context>
<context>
    <name>credit::ui::SavedScenarioListModel</name>
    <message>
        <source>non évalué</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 — en attente d&apos;envoi au serveur</source>
        <translation>%1 — waiting to be sent to the server</translation>
    </message>
    <message>
        <source>%1 — refusé par le serveur</source>
        <translation>%1 — refused by the server</translation>
    </message>
</context>
<context>
    <name>credit::ui::ScenarioDocument</name>
    <message>
        <source>Restaurer le brouillon</source>
        <translation>Restore the draft</translation>
    </message>
    <message>
        <source>Modifier %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Appliquer une piste</source>
        <translation>Apply a suggestion</translation>
    </message>
    <message>
        <source>Scénario du %1</source>
        <translation>Scenario of %1</translation>
    </message>
</context>
<context>
    <name>credit::ui::ScenarioEditor</name>
    <message>
        <source>Modifier le dossier</source>
        <translation>Edit the file</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Les champs marqués * sont obligatoires. Les modifications forment un scénario : le dossier d&apos;origine n&apos;est jamais modifié.</source>
        <translation>Fields marked * are required. Your changes form a scenario: the original client file is never modified.</translation>
    </message>
    <message>
        <source>(choisir)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>(non renseigné)</source>
        <translation>(not provided)</translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Champs du dossier</source>
        <translation>File fields</translation>
    </message>
    <message>
        <source>Annuler (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Rétablir (Ctrl+Maj+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Score avant et après</source>
        <translation>Score before and after</translation>
    </message>
    <message>
        <source>Pistes pour obtenir un accord</source>
        <translation>Ways to get the loan granted</translation>
    </message>
    <message>
        <source>Scénarios enregistrés</source>
        <translation>Saved scenarios</translation>
    </message>
    <message>
        <source>Nom du scénario</source>
        <translation>Scenario name</translation>
    </message>
    <message>
        <source>Dossier du client %1</source>
        <translation>Client file %1</translation>
    </message>
    <message>
        <source>Nouvelle demande</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Aucun modèle disponible pour recalculer le score.</source>
        <translation>No model available to recompute the score.</translation>
    </message>
    <message>
        <source>Le scénario n&apos;a pas pu être évalué : %1</source>
        <translation>The scenario could not be scored: %1</translation>
    </message>
    <message>
        <source>accord</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>refus</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Avant : %1 — après : non évalué</source>
        <translation>Before: %1 — after: not scored</translation>
    </message>
    <message>
        <source>Probabilité de difficultés : %1</source>
        <translation>Probability of payment difficulties: %1</translation>
    </message>
    <message>
        <source>Avant : %1 → après : %2</source>
        <translation>Before: %1 → after: %2</translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Appliquer : %1</source>
        <translation>Apply: %1</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ouvrir le scénario</source>
        <translation>Open the scenario</translation>
    </message>
    <message>
        <source>Calcul du score par le serveur…</source>
        <translation>The server is computing the score…</translation>
    </message>
    <message>
        <source>Recherche de pistes en cours…</source>
        <translation>Searching for suggestions…</translation>
    </message>
    <message>
        <source>Pistes trouvées : %1</source>
        <translation>Suggestions found: %1</translation>
    </message>
    <message>
        <source>Score du scénario</source>
        <translation>Scenario score</translation>
    </message>
    <message>
        <source>Scénarios enregistrés de ce dossier</source>
        <translation>Saved scenarios of this file</translation>
    </message>
    <message>
        <source>Demande enregistrée : %1</source>
        <translation>Saved application: %1</translation>
    </message>
    <message>
        <source>Défilement vertical : %1</source>
        <translation>Vertical scrolling: %1</translation>
    </message>
    <message>
        <source>Défilement horizontal : %1</source>
        <translation>Horizontal scrolling: %1</translation>
    </message>
</context>
<context>
    <name>credit::ui::ScoreGauge</name>
    <message>
        <source>Jauge de probabilité de défaut</source>
        <translation>Probability of default gauge</translation>
    </message>
    <message>
        <source>Aucun client sélectionné</source>
        <translation>No client selected</translation>
    </message>
    <message>
        <source>Crédit accordé</source>
        <translation>Loan granted</translation>
    </message>
    <message>
        <source>Crédit refusé</source>
        <translation>Loan refused</translation>
    </message>
    <message>
        <source>exactement au seuil</source>
        <translation>exactly at the threshold</translation>
    </message>
    <message>
        <source>%1 points au-dessus du seuil</source>
        <translation>%1 points above the threshold</translation>
    </message>
    <message>
        <source>%1 points en dessous du seuil</source>
        <translation>%1 points below the threshold</translation>
    </message>
    <message>
        <source>Sélectionnez un client dans la liste pour afficher son score.</source>
        <translation>Select a client in the list to see their score.</translation>
    </message>
    <message>
        <source>Probabilité de défaut %1, seuil %2. %3, %4. %5</source>
        <translation>Probability of default %1, threshold %2. %3, %4. %5</translation>
    </message>
    <message>
        <source>Seuil %1</source>
        <translation>Threshold %1</translation>
    </message>
    <message>
        <source>Ce client : %1</source>
        <translation>This client: %1</translation>
    </message>
</context>
<context>
    <name>credit::ui::ServerScenarioRepository</name>
    <message>
        <source> (dossier n° %1)</source>
        <translation> (file no. %1)</translation>
    </message>
</context>
<context>
    <name>credit::ui::SettingsDialog</name>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Adresse du serveur de scoring</source>
        <translation>Scoring server address</translation>
    </message>
    <message>
        <source>Dossier local (données de démonstration ou dossier choisi)</source>
        <translation>Local folder (demonstration data or a chosen folder)</translation>
    </message>
    <message>
        <source>Serveur de la banque</source>
        <translation>The bank&apos;s server</translation>
    </message>
    <message>
        <source>Source des dossiers clients</source>
        <translation>Where client files come from</translation>
    </message>
    <message>
        <source>&amp;Dossiers clients :</source>
        <translation>Client &amp;files:</translation>
    </message>
    <message>
        <source>&amp;Adresse du serveur de scoring :</source>
        <translation>Scoring server &amp;address:</translation>
    </message>
    <message>
        <source>Clé d&apos;API</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>&amp;Clé d&apos;API :</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Automatique (modèle local, sinon serveur)</source>
        <translation>Automatic (local model, otherwise server)</translation>
    </message>
    <message>
        <source>Modèle local uniquement</source>
        <translation>Local model only</translation>
    </message>
    <message>
        <source>Serveur distant uniquement</source>
        <translation>Remote server only</translation>
    </message>
    <message>
        <source>Mode de calcul du score</source>
        <translation>Scoring mode</translation>
    </message>
    <message>
        <source>&amp;Mode de calcul :</source>
        <translation>Scoring &amp;mode:</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Automatique (suivre le système)</source>
        <translation>Automatic (follow the system)</translation>
    </message>
    <message>
        <source>Par défaut</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Contraste élevé clair</source>
        <translation>High contrast light</translation>
    </message>
    <message>
        <source>Contraste élevé sombre</source>
        <translation>High contrast dark</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>&amp;Thème :</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Taille du &amp;texte :</source>
        <translation>Te&amp;xt size:</translation>
    </message>
    <message>
        <source>La clé est enregistrée dans le fichier de paramètres de votre session ; elle n&apos;est jamais affichée ni écrite dans les journaux.</source>
        <translation>The key is stored in your session&apos;s settings file; it is never displayed or written to logs.</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Aucun portefeuille trouvé : ouvrez un dossier Home Credit avec Fichier &gt; Ouvrir…</source>
        <translation>No portfolio found: open a Home Credit folder with File &gt; Open…</translation>
    </message>
</context>
</TS>
