#include "features/FeaturePipeline.h"

#include "data/HomeCreditDataset.h"
#include "features/Aggregation.h"
#include "features/ClientRecord.h"
#include "features/DatasetTables.h"
#include "features/FeatureBlocks.h"
#include "features/SpecMismatchError.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <exception>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

namespace credit::features {

namespace {

// What fit learns from the data before any feature is declared.
FeatureSpec learnVocabulary(const data::HomeCreditDataset& dataset)
{
    FeatureSpec vocabulary;
    for (const auto& column : dataset.applications.columns())
        if (data::isNumeric(column.kind()) && column.kind() != data::ColumnKind::Key &&
            column.name() != "TARGET")
            vocabulary.applicationColumns.push_back(column.name());
    for (const auto& [tableName, table] : specTables(dataset)) {
        if (table == nullptr)
            continue;
        for (const auto& column : table->columns()) {
            if (!column.isCategory())
                continue;
            std::vector<std::size_t> counts(column.levels().size(), 0);
            bool missing = false;
            for (const auto code : column.codes()) {
                if (code == data::Column::kMissingCode)
                    missing = true;
                else
                    ++counts[static_cast<std::size_t>(code)];
            }
            CategoryLevels levels{std::string(tableName), column.name(), {}, missing};
            for (std::size_t code = 0; code < counts.size(); ++code)
                if (counts[code] > 0)
                    levels.levels.push_back(column.levels()[code]);
            std::sort(levels.levels.begin(), levels.levels.end());
            if (!levels.levels.empty() || levels.missingLevel)
                vocabulary.categories.push_back(std::move(levels));
        }
    }
    return vocabulary;
}

bool sourcesPresent(const FeatureDefinition& feature, const data::HomeCreditDataset& dataset)
{
    const data::Table* table = findTable(dataset, feature.table);
    if (table == nullptr)
        return false;
    if (feature.table == "bureau_balance" && !dataset.bureau)
        return false;
    return std::all_of(feature.columns.begin(), feature.columns.end(),
                       [table](const std::string& column) { return table->hasColumn(column); });
}

// The blocks bound to one dataset and where each spec feature sits among their outputs.
struct BoundPlan {
    std::size_t outputs = 0;
    std::vector<std::unique_ptr<FeatureBlock>> blocks;
    const std::vector<std::size_t>* specToCatalogue = nullptr;
};

// Where each spec feature sits among the blocks' outputs. The declaration order depends only on
// the vocabulary, never on the dataset, so an empty dataset is enough to find it.
std::vector<std::size_t> resolveSpec(const FeatureSpec& spec)
{
    data::HomeCreditDataset empty;
    FeatureCatalogue catalogue;
    const auto blocks = makeAllBlocks({spec, empty, catalogue});
    std::unordered_map<std::string_view, std::size_t> byName;
    byName.reserve(catalogue.size());
    for (std::size_t index = 0; index < catalogue.size(); ++index)
        byName.emplace(catalogue.definitions()[index].name, index);
    std::vector<std::string> unknown;
    std::vector<std::size_t> specToCatalogue;
    specToCatalogue.reserve(spec.features.size());
    for (const auto& feature : spec.features) {
        const auto found = byName.find(feature.name);
        if (found == byName.end()) {
            unknown.push_back(feature.name);
            continue;
        }
        specToCatalogue.push_back(found->second);
    }
    if (!unknown.empty()) {
        std::string listed;
        for (std::size_t index = 0; index < unknown.size() && index < 12; ++index)
            listed += (index ? ", " : "") + unknown[index];
        std::string message = "the feature spec lists " + std::to_string(unknown.size()) +
                              " features this version cannot compute (its category levels "
                              "or columns do not declare them): " +
                              listed;
        throw SpecMismatchError(message, std::move(unknown));
    }
    return specToCatalogue;
}

// Checks the spec against the dataset's columns, then binds every block to them.
BoundPlan bindBlocks(const data::HomeCreditDataset& dataset, const FeatureSpec& spec,
                     const std::vector<std::size_t>& specToCatalogue)
{
    spec.checkAgainst(dataset);
    BoundPlan plan;
    FeatureCatalogue counter(FeatureCatalogue::Mode::CountOnly);
    plan.blocks = makeAllBlocks({spec, dataset, counter});
    plan.outputs = counter.size();
    plan.specToCatalogue = &specToCatalogue;
    return plan;
}

// Computes rows [begin, end) of the matrix. Each worker owns its scratch and unseen counts.
void computeRows(const BoundPlan& plan, const HistoryIndex& index, std::size_t begin,
                 std::size_t end, FeatureValues& values, UnseenCounts& unseen)
{
    BlockScratch scratch;
    std::vector<double> outputs(plan.outputs, kNaN);
    const auto& specToCatalogue = *plan.specToCatalogue;
    const std::size_t columns = specToCatalogue.size();
    for (std::size_t row = begin; row < end; ++row) {
        const auto history = index.history(row);
        for (const auto& block : plan.blocks) {
            if (block->present())
                block->compute(index, history, scratch, outputs.data(), unseen);
            else
                std::fill(outputs.begin() + static_cast<std::ptrdiff_t>(block->firstOutput()),
                          outputs.begin() + static_cast<std::ptrdiff_t>(block->endOutput()), kNaN);
        }
        float* target = values.data() + row * columns;
        for (std::size_t column = 0; column < columns; ++column)
            target[column] = static_cast<float>(outputs[specToCatalogue[column]]);
    }
}

// `names` may be null when only the values are wanted (one client on a hot path: copying the
// spec's ~770 names cost more than computing the features).
FeatureMatrix run(const data::HomeCreditDataset& dataset, const FeatureSpec& spec,
                  const std::vector<std::string>* names,
                  const std::vector<std::size_t>& specToCatalogue, TransformReport* report,
                  unsigned threads)
{
    const BoundPlan plan = bindBlocks(dataset, spec, specToCatalogue);
    const HistoryIndex index = HistoryIndex::build(dataset);

    FeatureMatrix matrix;
    if (names)
        matrix.featureNames = *names;
    const std::size_t rows = dataset.applications.rowCount();
    matrix.values.resize(static_cast<Eigen::Index>(rows),
                         static_cast<Eigen::Index>(spec.features.size()));
    matrix.clientIds.reserve(rows);
    const auto& keys = dataset.applications.column("SK_ID_CURR");
    for (std::size_t row = 0; row < rows; ++row)
        matrix.clientIds.push_back(
            std::isnan(keys.number(row)) ? -1 : static_cast<long long>(keys.number(row)));

    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads =
        static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, rows / 64)));
    std::vector<UnseenCounts> unseen(threads, UnseenCounts(spec.categories.size(), 0));
    if (threads <= 1) {
        computeRows(plan, index, 0, rows, matrix.values, unseen[0]);
    } else {
        // Interleaved chunks keep both cores busy when some applicants have long histories.
        constexpr std::size_t kChunk = 256;
        std::atomic<std::size_t> nextChunk{0};
        std::vector<std::exception_ptr> errors(threads);
        std::vector<std::thread> workers;
        for (unsigned worker = 0; worker < threads; ++worker)
            workers.emplace_back([&, worker] {
                try {
                    for (;;) {
                        const std::size_t begin = nextChunk.fetch_add(kChunk);
                        if (begin >= rows)
                            break;
                        computeRows(plan, index, begin, std::min(rows, begin + kChunk),
                                    matrix.values, unseen[worker]);
                    }
                } catch (...) {
                    errors[worker] = std::current_exception();
                }
            });
        for (auto& worker : workers)
            worker.join();
        for (const auto& error : errors)
            if (error)
                std::rethrow_exception(error);
    }

    if (report) {
        *report = {};
        for (std::size_t category = 0; category < spec.categories.size(); ++category) {
            std::size_t total = 0;
            for (const auto& counts : unseen)
                total += counts[category];
            if (total == 0)
                continue;
            const auto& levels = spec.categories[category];
            report->unseenByColumn[levels.table + "." + levels.column] += total;
            report->unseenCategoryValues += total;
        }
        std::set<std::string> absent;
        for (const auto& feature : spec.features)
            if (findTable(dataset, feature.table) == nullptr)
                absent.insert(feature.table);
        report->absentTables.assign(absent.begin(), absent.end());
    }
    return matrix;
}

// Whether `client` has the same tables and columns as `bound`, column by column the same objects'
// names and level dictionaries: then blocks bound to `bound` are valid for its cells.
bool sameLayout(const data::HomeCreditDataset& bound, const data::HomeCreditDataset& client)
{
    const auto boundTables = specTables(bound);
    const auto clientTables = specTables(client);
    for (std::size_t t = 0; t < boundTables.size(); ++t) {
        const data::Table* a = boundTables[t].second;
        const data::Table* b = clientTables[t].second;
        if ((a == nullptr) != (b == nullptr))
            return false;
        if (a == nullptr)
            continue;
        if (a->columnCount() != b->columnCount())
            return false;
        for (std::size_t c = 0; c < a->columnCount(); ++c)
            if (!a->columns()[c].sharesDefinitionWith(b->columns()[c]))
                return false;
    }
    return true;
}

} // namespace

// One client's tables, kept with the feature blocks bound to them. Binding the six blocks to a
// record (resolving hundreds of columns and category levels) cost more than computing its
// features, and it depends only on the record's layout: records read from JSON are copies of
// the same schema tables (shared column names and level dictionaries). So a client whose layout
// matches is copied, cells only, into these tables and the blocks are reused. The copy held
// here keeps those names and dictionaries alive, so their addresses identify them.
struct BoundLayout {
    data::HomeCreditDataset tables;
    BoundPlan plan;
};

struct FeatureTransformer::BoundLayouts {
    std::mutex mutex;
    // Idle entries; a worker takes one out while it computes, so none is shared.
    std::vector<std::unique_ptr<BoundLayout>> idle;
};

FeatureSpec FeaturePipeline::fit(const data::HomeCreditDataset& dataset)
{
    FeatureSpec spec = learnVocabulary(dataset);
    FeatureCatalogue catalogue;
    const auto blocks = makeAllBlocks({spec, dataset, catalogue});
    for (const auto& feature : catalogue.definitions())
        if (sourcesPresent(feature, dataset))
            spec.features.push_back(feature);
    return spec;
}

FeatureSpec FeaturePipeline::fit(const data::HomeCreditDataset& dataset,
                                 const FeaturePolicy& policy)
{
    FeatureSpec spec = fit(dataset);
    policy.applyTo(spec);
    return spec;
}

FeatureMatrix FeaturePipeline::transform(const data::HomeCreditDataset& dataset,
                                         const FeatureSpec& spec, TransformReport* report,
                                         const TransformOptions& options)
{
    return FeatureTransformer(spec).transform(dataset, report, options);
}

FeatureMatrix FeaturePipeline::transform(const ClientRecord& client, const FeatureSpec& spec,
                                         TransformReport* report)
{
    return FeatureTransformer(spec).transform(client, report);
}

FeatureTransformer::FeatureTransformer(FeatureSpec spec)
    : spec_(std::move(spec)), names_(spec_.names()), specToCatalogue_(resolveSpec(spec_)),
      boundLayouts_(std::make_shared<BoundLayouts>())
{}

FeatureMatrix FeatureTransformer::transform(const data::HomeCreditDataset& dataset,
                                            TransformReport* report,
                                            const TransformOptions& options) const
{
    return run(dataset, spec_, &names_, specToCatalogue_, report, options.threads);
}

FeatureMatrix FeatureTransformer::transform(const ClientRecord& client,
                                            TransformReport* report) const
{
    return run(client.data, spec_, &names_, specToCatalogue_, report, 1);
}

FeatureValues FeatureTransformer::valuesOf(const data::HomeCreditDataset& client) const
{
    if (client.applications.rowCount() != 1) // the layout cache is for single clients
        return run(client, spec_, nullptr, specToCatalogue_, nullptr, 1).values;

    std::unique_ptr<BoundLayout> bound;
    {
        std::lock_guard lock(boundLayouts_->mutex);
        auto& idle = boundLayouts_->idle;
        const auto match = std::find_if(idle.begin(), idle.end(), [&](const auto& entry) {
            return sameLayout(entry->tables, client);
        });
        if (match != idle.end()) {
            bound = std::move(*match);
            idle.erase(match);
        }
    }
    if (bound) {
        // The entry's own tables (not const: specTables only lists them read-only).
        const auto boundTables = specTables(bound->tables);
        const auto clientTables = specTables(client);
        for (std::size_t t = 0; t < boundTables.size(); ++t) {
            if (boundTables[t].second == nullptr)
                continue;
            auto& target = const_cast<data::Table&>(*boundTables[t].second);
            const auto& source = *clientTables[t].second;
            for (std::size_t c = 0; c < target.columnCount(); ++c)
                target.columns()[c].assignCells(source.columns()[c]);
        }
    } else {
        bound = std::make_unique<BoundLayout>();
        bound->tables = client;
        bound->plan = bindBlocks(bound->tables, spec_, specToCatalogue_);
    }

    // The plan may have been bound by a copy of this transformer: the same spec, but its own
    // vector.
    bound->plan.specToCatalogue = &specToCatalogue_;
    const HistoryIndex index = HistoryIndex::build(bound->tables);
    FeatureValues values(1, static_cast<Eigen::Index>(spec_.features.size()));
    UnseenCounts unseen(spec_.categories.size(), 0);
    computeRows(bound->plan, index, 0, 1, values, unseen);

    // A few layouts in practice (which history tables a record has); a bound client is small.
    constexpr std::size_t kKeptLayouts = 32;
    std::lock_guard lock(boundLayouts_->mutex);
    auto& idle = boundLayouts_->idle;
    if (idle.size() >= kKeptLayouts)
        idle.erase(idle.begin()); // the oldest
    idle.push_back(std::move(bound));
    return values;
}

} // namespace credit::features
