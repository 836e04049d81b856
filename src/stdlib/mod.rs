//! Standard-library modules written in Python and built into the binary, found after
//! `sys.path` (so a user's own `heapq.py` still wins, as with CPython's library directory).
//! They are pyglass's own implementations of CPython's documented behaviour, compiled when
//! first imported; modules that need the VM's internals are written in Rust instead
//! (`crate::builtins`).

/// The built-in modules that are packages (their submodules are named `PACKAGE.NAME` here).
pub const PACKAGES: &[&str] = &["collections", "concurrent", "json"];

/// The source of the built-in Python module `name`.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "__future__" => include_str!("__future__.py"),
        "_cargs" => include_str!("_cargs.py"),
        "_collections" => include_str!("_collections.py"),
        "_collections_user" => include_str!("_collections_user.py"),
        "_operator" => include_str!("_operator.py"),
        "_weakref" => include_str!("_weakref.py"),
        "abc" => include_str!("abc.py"),
        "array" => include_str!("array.py"),
        "asyncio" => include_str!("asyncio.py"),
        "atexit" => include_str!("atexit.py"),
        "base64" => include_str!("base64.py"),
        "binascii" => include_str!("binascii.py"),
        "bisect" => include_str!("bisect.py"),
        "cmath" => include_str!("cmath.py"),
        "collections" => include_str!("collections.py"),
        "collections.abc" => include_str!("collections_abc.py"),
        "_collections_abc" => include_str!("_collections_abc.py"),
        "concurrent" => "",
        "concurrent.futures" => include_str!("concurrent_futures.py"),
        "contextlib" => include_str!("contextlib.py"),
        "copy" => include_str!("copy.py"),
        "dataclasses" => include_str!("dataclasses.py"),
        "datetime" => include_str!("datetime.py"),
        "enum" => include_str!("enum.py"),
        "difflib" => include_str!("difflib.py"),
        "errno" => include_str!("errno.py"),
        "fnmatch" => include_str!("fnmatch.py"),
        "fractions" => include_str!("fractions.py"),
        "functools" => include_str!("functools.py"),
        "gc" => include_str!("gc.py"),
        "glob" => include_str!("glob.py"),
        "heapq" => include_str!("heapq.py"),
        "io" => include_str!("io.py"),
        "itertools" => include_str!("itertools.py"),
        "keyword" => include_str!("keyword.py"),
        "logging" => include_str!("logging.py"),
        "numbers" => include_str!("numbers.py"),
        "json" => include_str!("json.py"),
        "json.decoder" => include_str!("json_decoder.py"),
        "json.encoder" => include_str!("json_encoder.py"),
        "operator" => include_str!("operator.py"),
        "os" => include_str!("os.py"),
        "platform" => include_str!("platform.py"),
        "posixpath" => include_str!("posixpath.py"),
        "pprint" => include_str!("pprint.py"),
        "queue" => include_str!("queue.py"),
        "re" => include_str!("re.py"),
        "stat" => include_str!("stat.py"),
        "statistics" => include_str!("statistics.py"),
        "string" => include_str!("string.py"),
        "struct" => include_str!("struct.py"),
        "textwrap" => include_str!("textwrap.py"),
        "threading" => include_str!("threading.py"),
        "traceback" => include_str!("traceback.py"),
        "types" => include_str!("types.py"),
        "typing" => include_str!("typing.py"),
        "unittest" => include_str!("unittest.py"),
        "warnings" => include_str!("warnings.py"),
        "weakref" => include_str!("weakref.py"),
        _ => return None,
    })
}
