#include "explain/HumanFormat.h"

#include "data/ColumnKind.h"

#include <charconv>
#include <cmath>
#include <string_view>

namespace credit::explain {

namespace {

constexpr double kDaysPerYear = 365.25;
// French groups thousands with a narrow no-break space (U+202F) and uses a decimal comma.
const std::string kFrenchThousands = "\u202f";

} // namespace

std::string groupDigits(double value, int decimals, const std::string& language)
{
    // to_chars, not snprintf: the same correctly rounded digits without the locale and format
    // parsing, and the scoring API formats a few hundred values per request.
    char buffer[400]; // fixed notation: up to 309 integer digits for the largest double
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                                       std::chars_format::fixed, decimals);
    if (written.ec != std::errc())
        return std::to_string(value);
    const std::string_view text(buffer, static_cast<std::size_t>(written.ptr - buffer));
    const auto point = text.find('.');
    const std::string_view digits = text.substr(0, point);
    const std::string_view fraction =
        point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    const bool french = language != "en";
    std::string result;
    result.reserve(text.size() + digits.size() + 2);
    // No "-0": a negative value that rounds to zero is shown without its sign.
    if (value < 0 && text.find_first_not_of("0.") != std::string_view::npos)
        result += '-';
    const auto length = digits.size();
    for (std::size_t i = 0; i < length; ++i) {
        if (i > 0 && (length - i) % 3 == 0)
            result += french ? std::string_view(kFrenchThousands) : std::string_view(",");
        result += digits[i];
    }
    if (!fraction.empty()) {
        result += french ? ',' : '.';
        result += fraction;
    }
    return result;
}

LocalizedText notProvided()
{
    return {"non renseigné", "not provided"};
}

LocalizedText formatAmount(double euros)
{
    if (std::isnan(euros))
        return notProvided();
    return {groupDigits(euros, 0, "fr") + "\u00a0€", "€" + groupDigits(euros, 0, "en")};
}

LocalizedText formatYearsFromDays(double days)
{
    if (std::isnan(days) || days == data::kNoDateSentinel)
        return notProvided();
    const int years = static_cast<int>(std::floor(std::fabs(days) / kDaysPerYear));
    return {std::to_string(years) + (years < 2 ? " an" : " ans"),
            std::to_string(years) + (years == 1 ? " year" : " years")};
}

LocalizedText formatEmployment(double daysEmployed)
{
    if (daysEmployed == data::kNoDateSentinel)
        // No parentheses: reasons already put the value in parentheses.
        return {"sans emploi salarié, retraité ou sans emploi",
                "not in employment, pensioner or unemployed"};
    if (std::isnan(daysEmployed))
        return notProvided();
    const double years = std::fabs(daysEmployed) / kDaysPerYear;
    if (years < 1.0) {
        const int months =
            static_cast<int>(std::floor(std::fabs(daysEmployed) / (kDaysPerYear / 12.0)));
        return {std::to_string(months) + " mois",
                std::to_string(months) + (months == 1 ? " month" : " months")};
    }
    return formatYearsFromDays(daysEmployed);
}

LocalizedText formatPercent(double share, int decimals)
{
    if (std::isnan(share))
        return notProvided();
    return {groupDigits(share * 100.0, decimals, "fr") + "\u00a0%",
            groupDigits(share * 100.0, decimals, "en") + "%"};
}

LocalizedText formatDecimal(double value, int decimals)
{
    if (std::isnan(value))
        return notProvided();
    return {groupDigits(value, decimals, "fr"), groupDigits(value, decimals, "en")};
}

LocalizedText formatCount(double count, const LocalizedText& singular, const LocalizedText& plural)
{
    if (std::isnan(count))
        return notProvided();
    const auto whole = static_cast<long long>(std::llround(count));
    const auto& fr = whole <= 1 ? singular.fr : plural.fr; // French singular covers 0 and 1
    const auto& en = whole == 1 ? singular.en : plural.en;
    return {std::to_string(whole) + " " + fr, std::to_string(whole) + " " + en};
}

LocalizedText formatPoints(double points)
{
    // Built step by step: GCC 12 warns falsely (-Wrestrict) on `const char* + std::string`.
    std::string sign = points > 0 ? "+" : (points < 0 ? "-" : "");
    const double size = std::fabs(points);
    std::string fr = sign;
    fr += groupDigits(size, 1, "fr");
    fr += size >= 2 ? "\u00a0pts" : "\u00a0pt";
    std::string en = sign;
    en += groupDigits(size, 1, "en");
    en += size == 1 ? " pt" : " pts";
    return {fr, en};
}

LocalizedText formatOrdinal(int value)
{
    std::string en = std::to_string(value);
    const int lastTwo = value % 100;
    const int last = value % 10;
    if (lastTwo >= 11 && lastTwo <= 13)
        en += "th";
    else if (last == 1)
        en += "st";
    else if (last == 2)
        en += "nd";
    else if (last == 3)
        en += "rd";
    else
        en += "th";
    return {std::to_string(value) + (value == 1 ? "er" : "e"), en};
}

} // namespace credit::explain
