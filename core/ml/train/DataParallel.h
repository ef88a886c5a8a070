#pragma once

#include <torch/types.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace memescope::ml {

// Where this process stands in a data-parallel job (torchrun's RANK / WORLD_SIZE / MASTER_ADDR /
// MASTER_PORT).
struct DataParallelSetup {
    int rank = 0, worldSize = 1;
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    // A collective that does not complete in this time (a rank died or hangs) fails on every surviving rank.
    int timeoutSeconds = 60;
    bool enabled() const { return worldSize > 1; }
};

// A rank was lost (died, hung, unreachable): the message says which collective and this rank.
class DataParallelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The ranks of one training job, joined through c10d: a TCPStore on MASTER_ADDR:MASTER_PORT (rank 0 serves
// it) and a ProcessGroupGloo (CPU tensors; CUDA gradients are staged through the CPU). Every rank calls the
// same collectives in the same order.
class DataParallelGroup {
public:
    explicit DataParallelGroup(const DataParallelSetup& setup); // waits for every rank (up to the timeout)
    ~DataParallelGroup();

    int rank() const { return setup_.rank; }
    int worldSize() const { return setup_.worldSize; }
    bool isMain() const { return setup_.rank == 0; }

    // Rank 0's values into every rank's tensors (the model's parameters before training).
    void broadcast(const std::vector<torch::Tensor>& tensors);
    // The sum over ranks of each gradient, in place, flattened into buckets of about `bucketBytes` so a
    // model's hundreds of tensors cost a few messages. Undefined gradients count as zeros (a rank whose share
    // of a batch was empty) and are defined afterwards. Called once per optimizer step (after the last
    // accumulated micro-batch), so every micro-batch's gradient is counted once.
    // Tables (2-D gradients of at least `tableElements`: the n-gram table, RoBERTa's word embeddings) are
    // mostly zero rows — a batch touches few words —, so only the rows some rank touched are sent (their
    // indices gathered first), unless that is more than half of them.
    void sumGradients(const std::vector<torch::Tensor>& parameters, int64_t bucketBytes = 25 << 20,
                      int64_t tableElements = 1 << 20);
    // Every rank's rows of `local` ([n_r, ...], n_r may differ, even be 0), concatenated in rank order.
    torch::Tensor gatherRows(const torch::Tensor& local);
    double sum(double value);
    void barrier();
    // After work only rank 0 does (learning a tokenizer, writing a checkpoint), which may outlast the
    // collectives' timeout: rank 0 announces `step` on the rendezvous store, the others wait for it up to
    // `waitSeconds` (an hour by default; a rank 0 that dies is noticed at once, its store server going with
    // it).
    void rankZeroFinished(const std::string& step, int waitSeconds = 3600);

private:
    template <typename F> void collective(const char* what, F&& f);
    torch::Tensor allRows(const torch::Tensor& local, const char* what);
    // The table's touched rows summed across ranks; false (nothing sent) when more than half are touched.
    bool sumTouchedRows(torch::Tensor& grad);
    DataParallelSetup setup_;
    struct Impl;
    std::unique_ptr<Impl> d_;
};

// Rank `rank`'s share of `count` items taken in turn (0, N, 2N, ... for rank 0): [begin, end) of a block
// split as evenly as possible, the first ranks taking one more when it does not divide.
std::pair<int64_t, int64_t> shareOf(int64_t count, int rank, int worldSize);

} // namespace memescope::ml
