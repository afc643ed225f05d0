#include "synth/ApplicantGenerator.h"

#include "data/ColumnKind.h"
#include "synth/KaggleColumns.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace credit::synth {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr double kMinimumWorkingAgeDays = 18 * 365.25;
// Tuned so gradient boosting reaches a realistic AUC (about 0.76 on the application alone,
// about 0.80 with history aggregates, see docs/synthetic-data.md): standard deviation of the
// unexplained part of default, and how closely histories follow the latent risk.
constexpr double kTargetNoise = 0.35;
constexpr double kBehaviourLoading = 0.45;

// Inverse standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9).
double inverseNormalCdf(double p)
{
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

std::string buildingBaseName(const std::string& column)
{
    return column.substr(0, column.rfind('_'));
}

} // namespace

ApplicantGenerator::ApplicantGenerator()
    : row_(data::TableId::ApplicationTrain, kaggleColumns(data::TableId::ApplicationTrain))
{
    targetColumn_ = row_.index("TARGET");
    const auto& copula = applicantCopula();
    for (const auto name : copula.names) {
        const auto& columns = row_.columns();
        const auto found = std::find(columns.begin(), columns.end(), name);
        copulaColumns_.push_back(
            found == columns.end() ? kNone : static_cast<std::size_t>(found - columns.begin()));
    }
    threshold_ = inverseNormalCdf(1.0 - applicantCalibration().defaultRate);
    incomeType_ = row_.index("NAME_INCOME_TYPE");
    employed_ = row_.index("DAYS_EMPLOYED");
    birth_ = row_.index("DAYS_BIRTH");
    empPhone_ = row_.index("FLAG_EMP_PHONE");
    organization_ = row_.index("ORGANIZATION_TYPE");
    occupation_ = row_.index("OCCUPATION_TYPE");
    ownCar_ = row_.index("FLAG_OWN_CAR");
    carAge_ = row_.index("OWN_CAR_AGE");
    credit_ = row_.index("AMT_CREDIT");
    annuity_ = row_.index("AMT_ANNUITY");
    goods_ = row_.index("AMT_GOODS_PRICE");
    children_ = row_.index("CNT_CHILDREN");
    family_ = row_.index("CNT_FAM_MEMBERS");
    familyStatus_ = row_.index("NAME_FAMILY_STATUS");
    std::map<std::string, std::size_t> bases;
    for (const auto name : applicantCalibration().buildingColumns) {
        buildingColumns_.push_back(row_.index(name));
        const auto base = buildingBaseName(std::string(name));
        const auto inserted = bases.emplace(base, bases.size());
        buildingBase_.push_back(inserted.first->second);
    }
    buildingBases_ = bases.size();
    buildingU_.resize(buildingBases_);
    buildingBaseMissing_.resize(buildingBases_);
    z_.resize(copula.lower.size());
    e_.resize(copula.lower.size());
}

std::string ApplicantGenerator::testHeader() const
{
    std::string header;
    for (const auto& name : kaggleColumns(data::TableId::ApplicationTest)) {
        header += header.empty() ? "" : ",";
        header += name;
    }
    return header + '\n';
}

ApplicantFacts ApplicantGenerator::generate(std::uint64_t seed, std::uint64_t index,
                                            double testShare, GeneratedText& out)
{
    Random random(seed, index, StreamPurpose::Applicant);
    ApplicantFacts facts;
    facts.id = 100002 + static_cast<long long>(index);
    facts.isTest = random.chance(testShare);

    // Latent risk first (copula dimension 0), then the facts correlated with it.
    const auto& copula = applicantCopula();
    for (auto& value : e_)
        value = random.normal();
    for (std::size_t i = 0; i < z_.size(); ++i) {
        double sum = 0.0;
        for (std::size_t k = 0; k <= i; ++k)
            sum += copula.lower[i][k] * e_[k];
        z_[i] = sum;
    }
    facts.latentRisk = z_[0];
    // Default is the latent risk plus noise no data can explain (life events), so no model
    // separates the classes perfectly; the threshold keeps the calibrated default rate.
    const double targetNoise = kTargetNoise * random.normal();
    facts.target =
        facts.latentRisk + targetNoise > threshold_ * std::sqrt(1.0 + kTargetNoise * kTargetNoise)
            ? 1
            : 0;
    facts.behaviour = kBehaviourLoading * facts.latentRisk +
                      std::sqrt(1.0 - kBehaviourLoading * kBehaviourLoading) * random.normal();
    const bool atRisk = facts.target == 1;

    row_.fillFromMarginals(random, atRisk);
    row_[0].set(static_cast<double>(facts.id));
    row_[targetColumn_].set(facts.target);

    // Copula-driven continuous facts keep their own missing rate (drawn in the fill above).
    double paymentRate = 0.0;
    double goodsRatio = 0.0;
    double birthU = 0.5;
    for (std::size_t d = 0; d < copula.names.size(); ++d) {
        const double u = normalCdf(z_[d + 1]);
        const auto name = copula.names[d];
        if (name == "PAYMENT_RATE") {
            paymentRate = interpolateQuantile(copula.paymentRateQuantiles, u);
            continue;
        }
        if (name == "GOODS_RATIO") {
            goodsRatio = interpolateQuantile(copula.goodsRatioQuantiles, u);
            continue;
        }
        if (name == "DAYS_BIRTH")
            birthU = u;
        if (name == "DAYS_EMPLOYED") {
            row_[employed_].set(std::round(interpolateQuantile(copula.employedQuantiles, u)));
            continue;
        }
        const std::size_t column = copulaColumns_[d];
        if (column == kNone || std::isnan(row_[column].number))
            continue;
        row_[column].set(row_.quantile(column, u));
    }

    // Employment: the 365243 sentinel belongs to pensioners (and a few unemployed); they are
    // older, have no employer phone and no organisation.
    const auto& calibration = applicantCalibration();
    double sentinelShare = 0.0;
    if (row_[incomeType_].isText) {
        for (std::size_t i = 0; i < calibration.incomeTypes.size(); ++i)
            if (calibration.incomeTypes[i] == row_[incomeType_].text)
                sentinelShare = calibration.employmentSentinelShare[i];
    }
    const bool noEmployment = random.chance(sentinelShare);
    if (noEmployment) {
        row_[birth_].set(std::round(interpolateQuantile(copula.pensionerBirthQuantiles, birthU)));
        row_[employed_].set(data::kNoDateSentinel);
        row_[empPhone_].set(0);
        row_[organization_].setText("XNA");
    } else {
        const double birth = row_[birth_].number;
        double employed = row_[employed_].number;
        if (!std::isnan(employed) && !std::isnan(birth))
            employed = std::max(employed, std::round(birth + kMinimumWorkingAgeDays));
        row_[employed_].set(employed);
        row_[empPhone_].set(1);
        for (int attempt = 0;
             attempt < 8 && row_[organization_].isText && row_[organization_].text == "XNA";
             ++attempt)
            row_.drawColumn(organization_, random, atRisk);
        if (row_[organization_].isText && row_[organization_].text == "XNA")
            row_[organization_].setText("Business Entity Type 3");
    }
    facts.daysBirth = row_[birth_].number;

    // Amounts: goods price and annuity follow the credit through their real ratios.
    const double credit = row_[credit_].number;
    if (!std::isnan(row_[annuity_].number))
        row_[annuity_].set(credit * paymentRate);
    if (!std::isnan(row_[goods_].number))
        row_[goods_].set(credit * goodsRatio);
    if (!(row_[ownCar_].isText && row_[ownCar_].text == "Y"))
        row_[carAge_].clear();
    else if (std::isnan(row_[carAge_].number))
        row_[carAge_].set(std::round(row_.quantile(carAge_, random.uniform())));

    drawFamily(random, atRisk);
    drawBuildingBlock(random, atRisk);

    if (facts.isTest) {
        auto& text = out.of(data::TableId::ApplicationTest);
        std::string line;
        row_.appendCsv(line);
        // Remove the TARGET field: test rows have the same columns without it.
        std::size_t start = 0;
        for (std::size_t i = 0; i < targetColumn_; ++i)
            start = line.find(',', start) + 1;
        const std::size_t end = line.find(',', start);
        line.erase(start, end - start + 1);
        text += line;
        out.countRow(data::TableId::ApplicationTest);
    } else {
        row_.appendCsv(out.of(data::TableId::ApplicationTrain));
        out.countRow(data::TableId::ApplicationTrain);
    }
    return facts;
}

void ApplicantGenerator::drawFamily(Random& random, bool atRisk)
{
    // Adults follow the family status (a spouse counts), children the real joint table.
    (void)atRisk;
    const auto& calibration = applicantCalibration();
    const auto status = row_[familyStatus_].isText ? row_[familyStatus_].text : std::string_view{};
    const int adults = status == "Married" || status == "Civil marriage" ? 2 : 1;
    double children = 0.0;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const double u = random.uniform();
        const auto& cumulative = calibration.familyCumulative;
        const auto pick = std::min(
            static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), u) -
                                     cumulative.begin()),
            cumulative.size() - 1);
        children = calibration.familyChildren[pick];
        if (static_cast<int>(calibration.familyAdults[pick]) == adults)
            break;
    }
    row_[children_].set(children);
    row_[family_].set(children + adults);
}

void ApplicantGenerator::drawBuildingBlock(Random& random, bool atRisk)
{
    // The building figures come from one housing survey: missing together, and AVG/MODE/MEDI of
    // the same measure move together (one uniform per measure).
    const auto& calibration = applicantCalibration();
    const bool present = random.chance(calibration.buildingBlockPresent);
    for (std::size_t b = 0; b < buildingBases_; ++b) {
        buildingU_[b] = random.uniform();
        buildingBaseMissing_[b] = 0;
    }
    // A measure is missing when its AVG column is (the first of its three columns in the list).
    std::vector<char> decided(buildingBases_, 0);
    for (std::size_t i = 0; i < buildingColumns_.size(); ++i) {
        const std::size_t base = buildingBase_[i];
        if (!decided[base]) {
            decided[base] = 1;
            buildingBaseMissing_[base] =
                random.chance(calibration.buildingMissingWhenPresent[i]) ? 1 : 0;
        }
    }
    for (std::size_t i = 0; i < buildingColumns_.size(); ++i) {
        const std::size_t column = buildingColumns_[i];
        if (!present || buildingBaseMissing_[buildingBase_[i]]) {
            row_[column].clear();
            continue;
        }
        const auto* marginal = row_.marginal(column);
        if (marginal && marginal->isDiscrete()) {
            row_.drawColumn(column, random, atRisk);
            if (!row_[column].isText && std::isnan(row_[column].number))
                row_.drawColumn(column, random, atRisk);
        } else {
            row_[column].set(row_.quantile(column, buildingU_[buildingBase_[i]]));
        }
    }
}

} // namespace credit::synth
