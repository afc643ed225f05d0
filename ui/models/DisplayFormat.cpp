#include "models/DisplayFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace credit::ui {

QLocale localeForLanguage(const QString& language)
{
    return language == QStringLiteral("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                            : QLocale(QLocale::French, QLocale::France);
}

QString interfaceLanguage()
{
    return QCoreApplication::translate("credit::ui::DisplayFormat", "fr",
                                       "code of the interface language: en in the English "
                                       "catalogue");
}

namespace {

QString withPercentSign(const QString& number, const QLocale& locale)
{
    // French typography puts a (narrow no-break) space before %, English none.
    return locale.language() == QLocale::French ? number + QChar(0x202F) + QLatin1Char('%')
                                                : number + QLatin1Char('%');
}

} // namespace

QString formatPercent(double probability, const QLocale& locale)
{
    return withPercentSign(locale.toString(probability * 100.0, 'f', 1), locale);
}

QString formatTickPercent(double probability, const QLocale& locale)
{
    const double percent = probability * 100.0;
    const bool whole = std::abs(percent - std::round(percent)) < 1e-9;
    return withPercentSign(locale.toString(percent, 'f', whole ? 0 : 1), locale);
}

QString formatSignedPoints(double points, const QLocale& locale)
{
    const double rounded = std::round(points * 10.0) / 10.0;
    const QString sign = rounded > 0.0 ? QStringLiteral("+")
                                       : (rounded < 0.0 ? QStringLiteral("\u2212") : QString());
    const QString unit = QCoreApplication::translate("credit::ui::DisplayFormat", "pts");
    return sign + locale.toString(std::abs(rounded), 'f', 1) + QChar(0x00A0) + unit;
}

QString formatAmount(double amount, const QLocale& locale)
{
    return locale.toString(amount, 'f', 0);
}

QString decisionLabel(bool granted)
{
    return granted ? QCoreApplication::translate("credit::ui::DisplayFormat", "\u2713 Accordé")
                   : QCoreApplication::translate("credit::ui::DisplayFormat", "\u2717 Refusé");
}

} // namespace credit::ui
