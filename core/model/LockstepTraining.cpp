#include "model/LockstepTraining.h"

#include "model/FoldOnSharedMatrix.h"
#include "model/TreeShapExplainer.h"

#include <algorithm>
#include <stdexcept>

namespace credit::model {

namespace {

std::vector<float> labelsOf(std::span<const float> labels, std::span<const std::size_t> rows)
{
    std::vector<float> out;
    out.reserve(rows.size());
    for (const std::size_t row : rows)
        out.push_back(labels[row]);
    return out;
}

} // namespace

struct LockstepTraining::Slot {
    std::optional<FoldOnSharedMatrix> training;
    std::vector<double> curve;
    // Validation margins after each round of the current step (with a BestRound rule), and
    // those of the group's best round so far with its round count (0: none kept).
    std::vector<std::vector<float>> stepMargins;
    std::vector<float> bestMargins;
    int bestRounds = 0;
};

LockstepTraining::LockstepTraining(const DMatrix& shared, std::span<const float> labels,
                                   std::span<const Fold> folds, std::vector<LockstepJob> jobs,
                                   int threads)
    : shared_(shared), labels_(labels), folds_(folds), jobs_(std::move(jobs)),
      threads_(std::max(1, threads))
{
    if (shared_.rows() != labels_.size())
        throw std::invalid_argument("lockstep training: " + std::to_string(shared_.rows()) +
                                    " shared rows for " + std::to_string(labels_.size()) +
                                    " labels");
    for (const auto& job : jobs_)
        if (job.fold >= folds_.size())
            throw std::invalid_argument("lockstep training: a job names fold " +
                                        std::to_string(job.fold) + " of " +
                                        std::to_string(folds_.size()));
    for (std::size_t job = 0; job < jobs_.size(); ++job)
        slots_.push_back(std::make_unique<Slot>());
    workers_ = std::make_unique<PinnedWorkers>(
        std::min(threads_, static_cast<int>(std::max<std::size_t>(1, jobs_.size()))));
}

LockstepTraining::~LockstepTraining() = default;

void LockstepTraining::run(int maxRounds, int stepRounds, const GroupDone& done,
                           const StepProgress& progress, const BestRound& bestRound)
{
    if (maxRounds < 1 || stepRounds < 1)
        throw std::invalid_argument("lockstep training needs maxRounds and stepRounds >= 1");
    std::size_t groups = 0;
    for (const auto& job : jobs_)
        groups = std::max(groups, job.group + 1);
    std::vector<bool> finished(groups, false);
    if (!jobs_.empty())
        prepareSharedMatrix(shared_, jobs_.front().parameters);
    int rounds = 0;
    while (rounds < maxRounds) {
        const int target = std::min(maxRounds, rounds + stepRounds);
        std::vector<std::size_t> active;
        for (std::size_t job = 0; job < jobs_.size(); ++job)
            if (!finished[jobs_[job].group])
                active.push_back(job);
        if (active.empty())
            break;
        const int stepStart = rounds;
        workers_->run(active, [&](std::size_t job) {
            Slot& slot = *slots_[job];
            const Fold& fold = folds_[jobs_[job].fold];
            if (!slot.training) {
                TrainingParameters parameters = jobs_[job].parameters;
                parameters.evalMetric = "auc";
                // XGBoost draws its row and column samples from a per-thread engine seeded when
                // a booster is configured. Boosters taking turns on a worker would share that
                // engine in whatever order the steps ran: reseeding it at every round from
                // (seed, round) makes each booster's draws its own, whatever the thread count.
                parameters.extra.emplace_back("seed_per_iteration", "1");
                slot.training.emplace(shared_, labels_, fold.trainRows, fold.validationRows,
                                      withBaseScore(parameters, labelsOf(labels_, fold.trainRows)));
            }
            slot.stepMargins.clear();
            while (static_cast<int>(slot.curve.size()) < target) {
                slot.curve.push_back(slot.training->boostRound());
                if (bestRound)
                    slot.stepMargins.push_back(slot.training->validationMargins());
            }
        });
        rounds = target;
        for (std::size_t group = 0; group < groups; ++group) {
            if (finished[group])
                continue;
            std::vector<std::vector<double>> curves;
            for (std::size_t job = 0; job < jobs_.size(); ++job)
                if (jobs_[job].group == group)
                    curves.push_back(slots_[job]->curve);
            if (bestRound) {
                const int best = bestRound(group, curves);
                if (best >= stepStart && best < rounds)
                    for (std::size_t job = 0; job < jobs_.size(); ++job)
                        if (jobs_[job].group == group) {
                            Slot& slot = *slots_[job];
                            slot.bestMargins = std::move(
                                slot.stepMargins[static_cast<std::size_t>(best - stepStart)]);
                            slot.bestRounds = best + 1;
                        }
            }
            finished[group] = done(group, curves);
        }
        for (const std::size_t job : active)
            slots_[job]->stepMargins.clear();
        if (progress)
            progress(rounds, maxRounds);
    }
}

const std::vector<double>& LockstepTraining::curve(std::size_t job) const
{
    return slots_.at(job)->curve;
}

std::vector<float> LockstepTraining::predictValidation(std::size_t job, int rounds,
                                                       bool margin) const
{
    const Slot& slot = *slots_.at(job);
    if (!slot.training)
        throw std::logic_error("lockstep training: job " + std::to_string(job) +
                               " has not trained yet");
    if (rounds == slot.bestRounds && rounds > 0) {
        if (margin)
            return slot.bestMargins;
        std::vector<float> probabilities;
        probabilities.reserve(slot.bestMargins.size());
        for (const float value : slot.bestMargins)
            probabilities.push_back(TreeShapExplainer::probabilityOf(value));
        return probabilities;
    }
    return slot.training->predictValidation(rounds, margin);
}

} // namespace credit::model
