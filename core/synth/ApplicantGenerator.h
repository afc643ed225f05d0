#pragma once

#include "synth/GeneratedText.h"
#include "synth/Random.h"
#include "synth/TableRow.h"

#include <cstdint>
#include <string>
#include <vector>

namespace credit::synth {

// What the history generator needs to know about an applicant.
struct ApplicantFacts {
    long long id = 0;
    bool isTest = false;
    int target = 0;
    double latentRisk = 0.0; // standard normal; TARGET = [latentRisk + noise > threshold]
    // Standard normal correlated with the latent risk: drives days past due, refusals and
    // over-use of credit in the applicant's histories, so the related tables carry signal.
    double behaviour = 0.0;
    double daysBirth = 0.0;
};

// Draws one applicant row of application_train / application_test. The latent risk is drawn
// first, as dimension 0 of a Gaussian copula whose other dimensions are the applicant's
// continuous facts, so every fact keeps its real marginal and its real association with default.
class ApplicantGenerator {
public:
    ApplicantGenerator();

    ApplicantFacts generate(std::uint64_t seed, std::uint64_t index, double testShare,
                            GeneratedText& out);

    std::string trainHeader() const { return row_.header(); }
    std::string testHeader() const;

    // Standard-normal threshold above which the latent risk means default.
    double riskThreshold() const { return threshold_; }

private:
    void drawFamily(Random& random, bool atRisk);
    void drawBuildingBlock(Random& random, bool atRisk);

    TableRow row_;
    std::size_t targetColumn_;
    std::vector<std::size_t> copulaColumns_; // row column of each copula dimension (or npos)
    double threshold_;
    std::size_t incomeType_, employed_, birth_, empPhone_, organization_, occupation_, ownCar_,
        carAge_;
    std::size_t credit_, annuity_, goods_, children_, family_, familyStatus_;
    std::vector<std::size_t> buildingColumns_;
    std::vector<std::size_t> buildingBase_; // building column -> index of its base (APARTMENTS...)
    std::size_t buildingBases_ = 0;
    std::vector<double> buildingU_;
    std::vector<char> buildingBaseMissing_;
    std::vector<double> z_;
    std::vector<double> e_;
};

} // namespace credit::synth
