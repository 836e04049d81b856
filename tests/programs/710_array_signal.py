# Numeric work on array('d') and array('h'): smoothing, scaling to 16-bit samples, raw bytes.
from array import array
import math

signal = array("d", (math.sin(i / 3) for i in range(24)))
window = 4
smooth = array("d", (sum(signal[i:i + window]) / window for i in range(len(signal) - window + 1)))
print(len(signal), len(smooth), round(min(smooth), 6), round(max(smooth), 6))
samples = array("h", (int(x * 32767) for x in signal))
print(samples[:6], samples.itemsize, len(samples.tobytes()))
clipped = array("h", (max(-16000, min(16000, s)) for s in samples))
print(clipped.count(16000), clipped.count(-16000), clipped.index(16000))
raw = samples.tobytes()
swapped = array("h", raw)
swapped.byteswap()
print(swapped[:3], array("h", swapped.tobytes())[:3])
swapped.byteswap()
print(swapped == samples)
peaks = [i for i in range(1, len(samples) - 1) if samples[i - 1] < samples[i] > samples[i + 1]]
print(peaks, [samples[i] for i in peaks])
try:
    samples.append(40000)
except OverflowError as e:
    print(e)
