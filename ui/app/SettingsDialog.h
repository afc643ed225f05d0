#pragma once

#include "app/AdvisorSettings.h"
#include "window/UiPreferences.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace credit::ui {

// File > Paramètres: scoring server address and key (masked), scoring mode, language, theme and
// text size. Every field has a label bound to it (buddy) so screen readers announce it.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const AdvisorSettings& settings, const UiPreferences& preferences,
                   QWidget* parent = nullptr);

    AdvisorSettings settings() const;
    UiPreferences preferences() const;

    QLineEdit* apiUrlField() const { return m_apiUrl; }
    QLineEdit* apiKeyField() const { return m_apiKey; }
    QComboBox* modeField() const { return m_mode; }
    QComboBox* dataSourceField() const { return m_dataSource; }

private:
    AdvisorSettings m_initial;
    QLineEdit* m_apiUrl = nullptr;
    QLineEdit* m_apiKey = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_dataSource = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QSpinBox* m_fontScale = nullptr;
};

} // namespace credit::ui
