#include "DataParallel.h"

#include <torch/torch.h>

#ifdef MEMESCOPE_HAVE_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#endif

#include <chrono>

namespace memescope::ml {

std::pair<int64_t, int64_t> shareOf(int64_t count, int rank, int worldSize) {
    const int64_t base = count / worldSize, extra = count % worldSize;
    const int64_t begin = rank * base + std::min<int64_t>(rank, extra);
    return {begin, begin + base + (rank < extra ? 1 : 0)};
}

#ifdef MEMESCOPE_HAVE_GLOO

struct DataParallelGroup::Impl {
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
};

DataParallelGroup::DataParallelGroup(const DataParallelSetup& setup)
    : setup_(setup)
    , d_(std::make_unique<Impl>()) {
    if (setup.worldSize < 1 || setup.rank < 0 || setup.rank >= setup.worldSize)
        throw DataParallelError("rank " + std::to_string(setup.rank) + " of " +
                                std::to_string(setup.worldSize) + ": not a valid place in the job");
    const auto timeout = std::chrono::seconds(std::max(1, setup.timeoutSeconds));
    try {
        c10d::TCPStoreOptions o;
        o.port = uint16_t(setup.masterPort);
        o.isServer = setup.rank == 0;
        o.numWorkers = setup.worldSize;
        o.waitWorkers = true;
        o.timeout = timeout;
        d_->store = c10::make_intrusive<c10d::TCPStore>(setup.masterAddr, o);
        auto options = c10d::ProcessGroupGloo::Options::create(timeout);
        options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        d_->group =
            c10::make_intrusive<c10d::ProcessGroupGloo>(d_->store, setup.rank, setup.worldSize, options);
    } catch (const std::exception& e) {
        throw DataParallelError("rank " + std::to_string(setup.rank) + " of " +
                                std::to_string(setup.worldSize) + ": cannot join the job at " +
                                setup.masterAddr + ":" + std::to_string(setup.masterPort) + " within " +
                                std::to_string(setup.timeoutSeconds) + " s: " + e.what());
    }
}

DataParallelGroup::~DataParallelGroup() = default;

template <typename F> void DataParallelGroup::collective(const char* what, F&& f) {
    try {
        f();
    } catch (const std::exception& e) {
        std::string reason = e.what();
        if (const size_t cut = reason.find('\n'); cut != std::string::npos) reason.resize(cut);
        throw DataParallelError("rank " + std::to_string(setup_.rank) + ": " + what +
                                " failed: another rank died, hung for more than " +
                                std::to_string(setup_.timeoutSeconds) + " s or cannot be reached (" + reason +
                                ")");
    }
}

void DataParallelGroup::broadcast(const std::vector<torch::Tensor>& tensors) {
    torch::NoGradGuard noGrad;
    for (const torch::Tensor& t : tensors) {
        std::vector<at::Tensor> one{t.detach().to(torch::kCPU).contiguous()};
        collective("broadcasting the model", [&] { d_->group->broadcast(one)->wait(); });
        t.detach().copy_(one[0]);
    }
}

namespace {

// The rows of a 2-D gradient that are not all zeros (int64 indices on the CPU). On the CPU one pass that
// stops at a row's first non-zero, with no temporary the size of the table.
torch::Tensor nonZeroRows(const torch::Tensor& grad) {
    if (!grad.device().is_cpu() || grad.scalar_type() != torch::kFloat || !grad.is_contiguous())
        return grad.ne(0).any(1).nonzero().view({-1}).to(torch::kCPU);
    const int64_t rows = grad.size(0), width = grad.size(1);
    const float* g = grad.data_ptr<float>();
    std::vector<int64_t> touched;
    for (int64_t r = 0; r < rows; ++r) {
        const float* row = g + r * width;
        for (int64_t c = 0; c < width; ++c)
            if (row[c] != 0.0f) {
                touched.push_back(r);
                break;
            }
    }
    return torch::tensor(touched, torch::kLong);
}

} // namespace

bool DataParallelGroup::sumTouchedRows(torch::Tensor& grad) {
    // Every rank takes the same decision: it is made on the union of the touched rows, which all receive.
    const torch::Tensor touched = nonZeroRows(grad);
    const torch::Tensor rows =
        std::get<0>(torch::_unique(allRows(touched, "averaging gradients"), /*sorted=*/true));
    if (rows.numel() * 2 > grad.size(0)) return false;
    if (rows.numel() == 0) return true;
    const torch::Tensor at = rows.to(grad.device());
    std::vector<at::Tensor> values{grad.index_select(0, at).to(torch::kCPU, torch::kFloat32).contiguous()};
    collective("averaging gradients", [&] { d_->group->allreduce(values)->wait(); });
    grad.index_copy_(0, at, values[0].to(grad.device(), grad.scalar_type()));
    return true;
}

void DataParallelGroup::sumGradients(const std::vector<torch::Tensor>& parameters, int64_t bucketBytes,
                                     int64_t tableElements) {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> grads;
    for (const torch::Tensor& p : parameters) {
        if (!p.requires_grad()) continue;
        if (!p.grad().defined()) p.mutable_grad() = torch::zeros_like(p);
        torch::Tensor g = p.grad();
        if (g.dim() == 2 && g.numel() >= tableElements && sumTouchedRows(g)) continue;
        grads.push_back(g);
    }
    size_t i = 0;
    while (i < grads.size()) {
        // One bucket: consecutive gradients up to bucketBytes (at least one), flattened as float32 on the
        // CPU.
        size_t j = i;
        int64_t bytes = 0;
        while (j < grads.size() && (j == i || bytes + grads[j].numel() * 4 <= bucketBytes))
            bytes += grads[j++].numel() * 4;
        std::vector<torch::Tensor> flat;
        for (size_t k = i; k < j; ++k)
            flat.push_back(grads[k].reshape({-1}).to(torch::kCPU, torch::kFloat32));
        std::vector<at::Tensor> bucket{torch::cat(flat)};
        collective("averaging gradients", [&] { d_->group->allreduce(bucket)->wait(); });
        int64_t offset = 0;
        for (size_t k = i; k < j; ++k) {
            const int64_t n = grads[k].numel();
            grads[k].copy_(bucket[0].narrow(0, offset, n).view(grads[k].sizes()));
            offset += n;
        }
        i = j;
    }
}

torch::Tensor DataParallelGroup::gatherRows(const torch::Tensor& local) {
    return allRows(local, "gathering validation outputs");
}

torch::Tensor DataParallelGroup::allRows(const torch::Tensor& local, const char* what) {
    torch::NoGradGuard noGrad;
    const torch::Tensor rows = local.to(torch::kCPU).contiguous();
    // Row counts first, then every rank's rows padded to the largest count.
    std::vector<at::Tensor> count{torch::tensor({rows.size(0)}, torch::kLong)};
    std::vector<std::vector<at::Tensor>> counts(1);
    for (int r = 0; r < setup_.worldSize; ++r)
        counts[0].push_back(torch::zeros({1}, torch::kLong));
    collective(what, [&] { d_->group->allgather(counts, count)->wait(); });
    int64_t most = 0;
    for (const at::Tensor& c : counts[0])
        most = std::max(most, c.item<int64_t>());
    std::vector<int64_t> shape = rows.sizes().vec();
    shape[0] = most;
    torch::Tensor padded = torch::zeros(shape, rows.options());
    if (rows.size(0) > 0) padded.narrow(0, 0, rows.size(0)).copy_(rows);
    std::vector<at::Tensor> mine{padded};
    std::vector<std::vector<at::Tensor>> all(1);
    for (int r = 0; r < setup_.worldSize; ++r)
        all[0].push_back(torch::zeros(shape, rows.options()));
    collective(what, [&] { d_->group->allgather(all, mine)->wait(); });
    std::vector<torch::Tensor> parts;
    for (int r = 0; r < setup_.worldSize; ++r)
        parts.push_back(all[0][size_t(r)].narrow(0, 0, counts[0][size_t(r)].item<int64_t>()));
    return torch::cat(parts);
}

double DataParallelGroup::sum(double value) {
    std::vector<at::Tensor> t{torch::tensor({value}, torch::kDouble)};
    collective("summing", [&] { d_->group->allreduce(t)->wait(); });
    return t[0].item<double>();
}

void DataParallelGroup::barrier() {
    std::vector<at::Tensor> t{torch::zeros({1})};
    collective("waiting for every rank", [&] { d_->group->allreduce(t)->wait(); });
}

void DataParallelGroup::rankZeroFinished(const std::string& step, int waitSeconds) {
    const int kRankZeroWorkSeconds = waitSeconds; // default: a checkpoint of a large model on a slow disk
    const std::string key = "memescope/" + step;
    if (isMain())
        collective("announcing a finished step", [&] { d_->store->set(key, {1}); });
    else
        collective("waiting for rank 0", [&] {
            d_->store->wait({key}, std::chrono::milliseconds(int64_t(kRankZeroWorkSeconds) * 1000));
        });
}

#else

struct DataParallelGroup::Impl {};

DataParallelGroup::DataParallelGroup(const DataParallelSetup& setup)
    : setup_(setup) {
    throw DataParallelError(
        "this build has no Gloo (install libgloo-dev and rebuild): it trains in one process");
}
DataParallelGroup::~DataParallelGroup() = default;
void DataParallelGroup::broadcast(const std::vector<torch::Tensor>&) {}
void DataParallelGroup::sumGradients(const std::vector<torch::Tensor>&, int64_t, int64_t) {}
torch::Tensor DataParallelGroup::gatherRows(const torch::Tensor& local) {
    return local;
}
double DataParallelGroup::sum(double value) {
    return value;
}
void DataParallelGroup::barrier() {}
void DataParallelGroup::rankZeroFinished(const std::string&, int) {}

#endif

} // namespace memescope::ml
