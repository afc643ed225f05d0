#include "app/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace credit::ui {

namespace {
template <typename T> void selectData(QComboBox* box, const T& value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}
} // namespace

SettingsDialog::SettingsDialog(const AdvisorSettings& settings, const UiPreferences& preferences,
                               QWidget* parent)
    : QDialog(parent), m_initial(settings)
{
    setWindowTitle(tr("Paramètres"));
    auto* form = new QFormLayout;

    m_dataSource = new QComboBox(this);
    m_dataSource->addItem(tr("Dossier local (données de démonstration ou dossier choisi)"),
                          QStringLiteral("local"));
    m_dataSource->addItem(tr("Serveur de la banque"), QStringLiteral("server"));
    selectData(m_dataSource, settings.dataSource == DataSource::Server ? QStringLiteral("server")
                                                                       : QStringLiteral("local"));
    m_dataSource->setAccessibleName(tr("Source des dossiers clients"));
    form->addRow(tr("&Dossiers clients :"), m_dataSource);

    m_apiUrl = new QLineEdit(settings.apiUrl, this);
    m_apiUrl->setPlaceholderText(QStringLiteral("http://scoring.intranet:8080"));
    m_apiUrl->setAccessibleName(tr("Adresse du serveur de scoring"));
    form->addRow(tr("&Adresse du serveur de scoring :"), m_apiUrl);

    m_apiKey = new QLineEdit(settings.apiKey, this);
    // The key is a secret: masked while typed and never shown back in clear.
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setAccessibleName(tr("Clé d'API"));
    form->addRow(tr("&Clé d'API :"), m_apiKey);

    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Automatique (modèle local, sinon serveur)"),
                    service::toSettingsValue(service::ScoringMode::Automatic));
    m_mode->addItem(tr("Modèle local uniquement"),
                    service::toSettingsValue(service::ScoringMode::LocalOnly));
    m_mode->addItem(tr("Serveur distant uniquement"),
                    service::toSettingsValue(service::ScoringMode::RemoteOnly));
    selectData(m_mode, service::toSettingsValue(settings.mode));
    m_mode->setAccessibleName(tr("Mode de calcul du score"));
    form->addRow(tr("&Mode de calcul :"), m_mode);

    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    selectData(m_language, preferences.language);
    m_language->setAccessibleName(tr("Langue"));
    form->addRow(tr("&Langue :"), m_language);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Automatique (suivre le système)"), themeKey(ThemeId::Automatic));
    m_theme->addItem(tr("Par défaut"), themeKey(ThemeId::Default));
    m_theme->addItem(tr("Contraste élevé clair"), themeKey(ThemeId::HighContrastLight));
    m_theme->addItem(tr("Contraste élevé sombre"), themeKey(ThemeId::HighContrastDark));
    selectData(m_theme, themeKey(preferences.theme));
    m_theme->setAccessibleName(tr("Thème"));
    form->addRow(tr("&Thème :"), m_theme);

    m_fontScale = new QSpinBox(this);
    m_fontScale->setRange(100, 200);
    m_fontScale->setSingleStep(25);
    m_fontScale->setSuffix(QStringLiteral(" %"));
    m_fontScale->setValue(preferences.fontScalePercent);
    m_fontScale->setAccessibleName(tr("Taille du texte"));
    form->addRow(tr("Taille du &texte :"), m_fontScale);

    auto* note = new QLabel(
        tr("La clé est enregistrée dans le fichier de paramètres de votre session ; elle "
           "n'est jamais affichée ni écrite dans les journaux."),
        this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

AdvisorSettings SettingsDialog::settings() const
{
    AdvisorSettings chosen = m_initial;
    chosen.dataSource = m_dataSource->currentData().toString() == QLatin1String("server")
                            ? DataSource::Server
                            : DataSource::Local;
    chosen.apiUrl = m_apiUrl->text().trimmed();
    chosen.apiKey = m_apiKey->text();
    chosen.mode = service::scoringModeFromSettings(m_mode->currentData().toString());
    return chosen;
}

UiPreferences SettingsDialog::preferences() const
{
    UiPreferences chosen;
    chosen.language = m_language->currentData().toString();
    chosen.theme = themeFromKey(m_theme->currentData().toString());
    chosen.fontScalePercent = m_fontScale->value();
    return chosen;
}

} // namespace credit::ui
