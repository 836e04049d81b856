"""Descriptive statistics of real-valued data, as CPython's `statistics`: averages (mean, fmean,
geometric and harmonic means, the medians, mode, multimode), spread (variance, pvariance, stdev,
pstdev), quantiles, covariance, correlation and simple linear regression, and the normal
distribution `NormalDist`.

Means and variances are computed exactly: every value is turned into an exact ratio and summed
as a Fraction, and the result is given back in the data's own type (an int when ints give a
whole number, a float when any value is a float, a Fraction for Fractions); standard deviations
are the correctly rounded square root of that exact variance."""

import math
from collections import namedtuple
from fractions import Fraction

__all__ = [
    "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean", "harmonic_mean",
    "linear_regression", "mean", "median", "median_grouped", "median_high", "median_low", "mode",
    "multimode", "NormalDist", "pstdev", "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic over mixed numeric types --------------------------------------------------

def _ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or a NaN."""
    if isinstance(x, float):
        if math.isinf(x) or math.isnan(x):
            return (x, None)
        return x.as_integer_ratio()
    if isinstance(x, int):
        return (int(x), 1)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _wider(t, s):
    """The type a result takes when data of types t and s are mixed."""
    if t is s or s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError(f"don't know how to coerce {t.__name__} and {s.__name__}")


def _accumulate(data, squares):
    """(result type, count, {denominator: sum of numerators}, {denominator: sum of squared
    numerators} if `squares`); infinities and NaNs are summed under the denominator None."""
    kind = int
    count = 0
    sums = {}
    sums_of_squares = {}
    for x in data:
        kind = _wider(kind, type(x))
        n, d = _ratio(x)
        count += 1
        sums[d] = sums.get(d, 0) + n
        if squares and d is not None:
            sums_of_squares[d] = sums_of_squares.get(d, 0) + n * n
    return kind, count, sums, sums_of_squares


def _fraction_total(partials, power=1):
    total = Fraction(0)
    for d, n in partials.items():
        total += Fraction(n, d**power)
    return total


def _exact_sum(data):
    """(result type, exact total, count): the total is a Fraction, or the float sum of the
    infinities and NaNs when there are any."""
    kind, count, sums, _ = _accumulate(data, False)
    if None in sums:
        return kind, sums[None], count
    return kind, _fraction_total(sums), count


def _as_type(value, kind):
    """The exact value given back in the data's type."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    return kind(value)


def _sum_of_squares(data, centre=None):
    """(result type, exact sum of squared deviations, count), about `centre` or the exact mean."""
    if centre is not None:
        return _exact_sum((x - centre) * (x - centre) for x in data)
    kind, count, sums, squares = _accumulate(data, True)
    if not count:
        return kind, Fraction(0), 0
    if None in sums:
        return kind, sums[None], count
    sx = _fraction_total(sums)
    sxx = _fraction_total(squares, 2)
    return kind, (count * sxx - sx * sx) / count, count


def _sqrt_fraction(q):
    """The float nearest the square root of the non-negative Fraction q."""
    n, m = q.numerator, q.denominator
    # Scale so the integer root carries well over 53 significant bits, then fold whether it was
    # exact into its lowest bit, so the final int/int division rounds as the real root would.
    shift = (n.bit_length() - m.bit_length() - 112) // 2
    if shift >= 0:
        top, bottom = n, m << (2 * shift)
    else:
        top, bottom = n << (-2 * shift), m
    root = math.isqrt(top // bottom)
    if root * root * bottom != top:
        root |= 1
    if shift >= 0:
        return float(root << shift)
    return root / (1 << -shift)


# ---- averages -------------------------------------------------------------------------------------

def mean(data):
    kind, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _as_type(total / n, kind)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    if not isinstance(weights, (list, tuple)):
        try:
            len(weights)
        except TypeError:
            weights = list(weights)
    products = math.fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    total_weight = math.fsum(weights)
    if not total_weight:
        raise StatisticsError("sum of weights must be non-zero")
    return products / total_weight


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive "
                              "numbers") from None


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    data = list(data)
    negative = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(negative)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        total_weight = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        total_weight = _exact_sum(_no_negatives(weights, negative))[1]
    try:
        checked = _no_negatives(data, negative)
        kind, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _as_type(total_weight / total, kind)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[(n - 1) // 2]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes `interval` wide, interpolated within the class
    holding the middle value (a float)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    first = n // 2
    while first > 0 and data[first - 1] >= x:
        first -= 1
    end = n // 2 + 1
    while end < n and data[end] <= x:
        end += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float") from None
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - first) / (end - first)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    best = None
    for value, count in counts.items():
        if best is None or count > best[1]:
            best = (value, count)
    if best is None:
        raise StatisticsError("no mode for empty data")
    return best[0]


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == "exclusive":
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


# ---- spread ---------------------------------------------------------------------------------------

def variance(data, xbar=None):
    kind, ss, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _as_type(ss / (n - 1), kind)


def pvariance(data, mu=None):
    kind, ss, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _as_type(ss / n, kind)


def stdev(data, xbar=None):
    kind, ss, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_fraction(_exact_fraction(ss / (n - 1)))


def pstdev(data, mu=None):
    kind, ss, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_fraction(_exact_fraction(ss / n))


def _exact_fraction(value):
    """The Fraction to take the root of (a float here means infinities or NaNs in the data,
    which CPython's stdev does not handle either)."""
    return Fraction(value.numerator, value.denominator)


# ---- relations between two variables --------------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n


def covariance(x, y, /):
    n = _paired(x, y, "covariance")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    n = _paired(x, y, "correlation")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
    sxx = math.fsum((a - xbar) * (a - xbar) for a in x)
    syy = math.fsum((b - ybar) * (b - ybar) for b in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant") from None


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    n = _paired(x, y, "linear regression")
    if proportional:
        sxy = math.fsum(a * b for a, b in zip(x, y))
        sxx = math.fsum(a * a for a in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))
        sxx = math.fsum((a - xbar) * (a - xbar) for a in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant") from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution ----------------------------------------------------------------------

# Wichura's algorithm AS241 (Applied Statistics 37, 1988), PPND16: rational approximations of
# the inverse of the normal CDF, exact to about 1 part in 10**16. Coefficients from the highest
# power down, for Horner's rule; each denominator's constant term is 1.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_NEAR = (
    (7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
     1.2704582524523683826e+0, 3.6478483247632045981e+0, 5.7694972214606914055e+0,
     4.6303378461565452959e+0, 1.4234371107496835773e+0),
    (1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2,
     1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
     2.0531916266377588219e+0, 1.0),
)
_AS241_FAR = (
    (2.0103343992922881326e-7, 2.7115555687434875781e-5, 1.2426609473880784386e-3,
     2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
     5.4637849111641143699e+0, 6.6579046435011037772e+0),
    (2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.8686913114561325910e-4, 1.4875361290850614853e-2, 1.3692988092273580531e-1,
     5.9983220655588793769e-1, 1.0),
)


def _horner(coefficients, r):
    total = coefficients[0]
    for c in coefficients[1:]:
        total = total * r + c
    return total


def _as241(p, mu, sigma):
    """The `p` quantile of the normal distribution (`NormalDist.inv_cdf`), 0 < p < 1."""
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        x = (_horner(num, r) * q) / _horner(den, r)
        return mu + (x * sigma)
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        num, den = _AS241_NEAR
    else:
        r = r - 5.0
        num, den = _AS241_FAR
    x = _horner(num, r) / _horner(den, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = {
        "_mu": "Arithmetic mean of a normal distribution",
        "_sigma": "Standard deviation of a normal distribution",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        return cls(float(mean(data)), float(stdev(data)))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _as241(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        # Ordered, so that a.overlap(b) == b.overlap(a) to the last bit.
        x, y = sorted([self, other], key=lambda d: (d._sigma, d._mu))
        x_var, y_var = x.variance, y.variance
        if not x_var or not y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = y_var - x_var
        dm = math.fabs(y._mu - x._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * x._sigma * _SQRT2))
        # The two points where the densities cross.
        a = x._mu * y_var - y._mu * x_var
        b = x._sigma * y._sigma * math.sqrt(dm * dm + dv * math.log(y_var / x_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(y.cdf(x1) - x.cdf(x1)) + math.fabs(y.cdf(x2) - x.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"
