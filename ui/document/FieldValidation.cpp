#include "document/FieldValidation.h"

#include "data/FieldRules.h"
#include "data/SchemaRegistry.h"
#include "models/DisplayFormat.h"

#include <algorithm>
#include <cmath>

namespace credit::ui {

namespace {

const data::ColumnSchema* schemaOf(const std::string& column)
{
    return data::SchemaRegistry::builtIn().find(data::TableId::ApplicationTrain, column);
}

std::optional<double> parseNumber(QString text, const QLocale& locale)
{
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool ok = false;
    double value = locale.toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value =
            QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// A number as each language writes it, for messages that carry bounds or examples.
std::string inFrench(double value, int decimals)
{
    return localeForLanguage(QStringLiteral("fr")).toString(value, 'f', decimals).toStdString();
}
std::string inEnglish(double value, int decimals)
{
    return localeForLanguage(QStringLiteral("en")).toString(value, 'f', decimals).toStdString();
}

FieldCheck refused(LocalizedText why)
{
    return {std::nullopt, std::move(why)};
}

const LocalizedText kRequired{"Champ obligatoire.", "Required field."};

} // namespace

FieldCheck checkFieldText(const EditableField& field, const QString& text, const QLocale& locale)
{
    if (field.unit == EditableField::Unit::Category) {
        if (text.isEmpty())
            return field.required ? refused(kRequired) : FieldCheck{nlohmann::json(nullptr), {}};
        const auto* schema = schemaOf(field.column);
        if (schema && std::find(schema->levels.begin(), schema->levels.end(), text.toStdString()) ==
                          schema->levels.end())
            return refused({"Valeur inconnue : choisissez dans la liste.",
                            "Unknown value: choose from the list."});
        return {nlohmann::json(text.toStdString()), {}};
    }
    if (text.trimmed().isEmpty())
        return field.required ? refused(kRequired) : FieldCheck{nlohmann::json(nullptr), {}};
    const auto shown = parseNumber(text, locale);
    if (!shown)
        return refused({"Nombre attendu (par exemple " + inFrench(1234.5, 1) + ").",
                        "Number expected (for example " + inEnglish(1234.5, 1) + ")."});
    const double stored = field.toColumn(*shown);
    const auto* schema = schemaOf(field.column);
    const auto kind = schema ? schema->kind : data::ColumnKind::Real;
    if (const auto issue = data::checkApplicationNumber(field.column, kind, stored)) {
        switch (issue->code) {
        case data::FieldIssue::Code::NotIntegral:
            return refused({"Nombre entier attendu.", "Whole number expected."});
        case data::FieldIssue::Code::OutOfRange:
            if (const auto* rule = data::applicationFieldRule(field.column)) {
                double low = field.fromColumn(rule->minimum),
                       high = field.fromColumn(rule->maximum);
                if (low > high)
                    std::swap(low, high);
                return refused({"Valeur hors limites : entre " + inFrench(low, field.decimals) +
                                    " et " + inFrench(high, field.decimals) + ".",
                                "Value out of range: between " + inEnglish(low, field.decimals) +
                                    " and " + inEnglish(high, field.decimals) + "."});
            }
            return refused({"Valeur hors limites.", "Value out of range."});
        default:
            return refused(describeFieldIssues({*issue}));
        }
    }
    // Integral columns store whole numbers; keep the JSON type the API expects.
    return {kind == data::ColumnKind::Integer
                ? nlohmann::json(static_cast<long long>(std::llround(stored)))
                : nlohmann::json(stored),
            {}};
}

LocalizedText describeFieldIssues(const std::vector<data::FieldIssue>& issues)
{
    LocalizedText text;
    for (const auto& issue : issues) {
        LocalizedText what;
        switch (issue.code) {
        case data::FieldIssue::Code::UnknownField:
            what = {"champ inconnu", "unknown field"};
            break;
        case data::FieldIssue::Code::WrongType:
            what = {"type de valeur inattendu", "unexpected kind of value"};
            break;
        case data::FieldIssue::Code::OutOfRange:
            what = {"valeur hors limites", "value out of range"};
            break;
        case data::FieldIssue::Code::UnknownLevel:
            what = {"valeur inconnue", "unknown value"};
            break;
        case data::FieldIssue::Code::Required:
            what = {"champ obligatoire manquant", "required field missing"};
            break;
        case data::FieldIssue::Code::NotIntegral:
            what = {"nombre entier attendu", "whole number expected"};
            break;
        }
        const std::string separatorFr = text.fr.empty() ? "" : " ; ";
        const std::string separatorEn = text.en.empty() ? "" : "; ";
        text.fr += separatorFr + issue.field + " : " + what.fr;
        text.en += separatorEn + issue.field + ": " + what.en;
    }
    return text;
}

} // namespace credit::ui
