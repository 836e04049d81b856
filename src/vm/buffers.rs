//! The buffer protocol where Python code is involved: `memoryview(obj)` and `bytes(obj)` of an
//! `array.array` (a class written in Python), and keeping a view of an array in step with it.
//! A view of an array holds a bytearray copy of the array's machine bytes, refreshed from the
//! array before the view is read and written back after the view is written.

use std::cell::RefCell;

use super::Vm;
use crate::runtime::exception::type_error;
use crate::runtime::function::CallArgs;
use crate::runtime::memoryview::{self, MemoryView};
use crate::runtime::value::{Object, Value};

/// Whether `v` is an instance of the built-in module `array`'s `array` class (or a subclass).
pub fn is_array(v: &Value) -> bool {
    let Some(Object::Instance(i)) = v.object() else { return false };
    crate::runtime::class::full_mro(&i.class()).iter().any(|c| {
        crate::runtime::class::as_class(c)
            .is_some_and(|c| c.name == "array" && crate::runtime::class::module_name(c) == "array")
    })
}

impl Vm {
    /// The machine bytes of an array (`a.tobytes()`).
    pub fn array_bytes(&mut self, array: &Value) -> Result<Vec<u8>, Value> {
        let method = self.get_attr(array, "tobytes")?;
        let bytes = self.call_value(&method, CallArgs::default())?;
        Ok(bytes.bytes_like().unwrap_or_default())
    }

    /// `memoryview(object)`.
    pub fn new_memoryview(&mut self, args: &CallArgs) -> Result<Value, Value> {
        let given = args.positional.len() + args.keywords.len();
        if given > 1 {
            return Err(type_error(format!("memoryview() takes at most 1 argument ({given} given)")));
        }
        let object = match (args.positional.first(), args.keywords.first()) {
            (Some(v), _) => v.clone(),
            (None, Some((k, v))) if k == "object" => v.clone(),
            (None, Some((k, _))) => {
                return Err(type_error(format!("memoryview() got an unexpected keyword argument '{k}'")));
            }
            (None, None) => {
                return Err(type_error("memoryview() missing required argument 'object' (pos 1)"));
            }
        };
        if is_array(&object) {
            let code = self.get_attr(&object, "typecode")?;
            let format = code.as_str().and_then(|c| c.chars().next()).unwrap_or('B');
            let format = if format == 'u' { 'I' } else { format };
            let bytes = self.array_bytes(&object)?;
            let buffer = Value::obj(Object::ByteArray(RefCell::new(bytes)));
            return Ok(Value::obj(Object::MemoryView(Box::new(MemoryView::whole(
                buffer, object, format, false,
            )))));
        }
        let object = crate::runtime::class::base_value(&object).cloned().unwrap_or(object);
        Ok(Value::obj(Object::MemoryView(Box::new(memoryview::new(&object)?))))
    }

    /// Before reading a view of an array: copy the array's current bytes into the view.
    /// (Inlined: most values read are not views, and need no call.)
    #[inline]
    pub fn sync_view(&mut self, view: &Value) -> Result<(), Value> {
        match view.object() {
            Some(Object::MemoryView(_)) => self.sync_memoryview(view),
            _ => Ok(()),
        }
    }

    #[cold]
    fn sync_memoryview(&mut self, view: &Value) -> Result<(), Value> {
        if let Some(Object::MemoryView(m)) = view.object()
            && !m.released.get()
            && is_array(&m.obj)
        {
            let bytes = self.array_bytes(&m.obj)?;
            if let Some(Object::ByteArray(cell)) = m.buffer.object() {
                let mut buffer = cell.borrow_mut();
                if buffer.len() == bytes.len() {
                    *buffer = bytes;
                }
            }
        }
        Ok(())
    }

    /// After writing through a view of an array: store the view's bytes into the array.
    pub fn flush_view(&mut self, view: &Value) -> Result<(), Value> {
        if let Some(Object::MemoryView(m)) = view.object()
            && is_array(&m.obj)
        {
            let bytes = m.buffer.bytes_like().unwrap_or_default();
            let store = self.get_attr(&m.obj, "_store_bytes")?;
            let args = vec![Value::Int(0), Value::obj(Object::Bytes(bytes))];
            self.call_value(&store, CallArgs { positional: args, keywords: Vec::new() })?;
        }
        Ok(())
    }
}
