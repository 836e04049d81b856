//! The `pyglass` binary: parse the command line and dispatch to `pyglass::cli`.

/// mimalloc instead of the system allocator: Python programs allocate many small objects,
/// and glibc's malloc/free took 15-20% of the VM benchmarks' instructions (callgrind).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(pyglass::cli::main());
}
