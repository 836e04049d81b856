# Simulated asynchronous web crawler: coroutines fetch pages from an in-memory site graph via asyncio.Queue workers.
# Exercises asyncio.run, gather, Queue, sleep(0), async context managers, async generators and semaphores.
import asyncio
import random
import re

LINK_RE = re.compile(r'href="(/p/\d+)"')


def build_site(seed, n_pages):
    rng = random.Random(seed)
    site = {}
    for i in range(n_pages):
        links = sorted({rng.randrange(n_pages) for _ in range(rng.randint(1, 6))})
        words = " ".join(rng.choice(["lorem", "ipsum", "dolor", "sit", "amet", "async", "await"])
                         for _ in range(rng.randint(20, 60)))
        body = "".join(f'<a href="/p/{j}">link {j}</a>' for j in links)
        site[f"/p/{i}"] = f"<html><title>Page {i}</title><body>{words}{body}</body></html>"
    return site


class FakeConnection:
    open_count = 0

    def __init__(self, site, url):
        self.site = site
        self.url = url

    async def __aenter__(self):
        FakeConnection.open_count += 1
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc):
        FakeConnection.open_count -= 1
        return False

    async def read(self):
        await asyncio.sleep(0)
        try:
            return self.site[self.url]
        except KeyError:
            raise LookupError(self.url) from None


async def fetch(site, url, limiter, stats):
    async with limiter:
        async with FakeConnection(site, url) as conn:
            stats["max_open"] = max(stats["max_open"], FakeConnection.open_count)
            return await conn.read()


async def words_of(html):
    text = re.sub(r"<[^>]+>", " ", html)
    for w in text.split():
        yield w
        if w == "async":
            await asyncio.sleep(0)


async def worker(name, site, queue, seen, results, limiter, stats):
    while True:
        url = await queue.get()
        try:
            html = await fetch(site, url, limiter, stats)
            count = 0
            async for _ in words_of(html):
                count += 1
            results[url] = count
            for link in LINK_RE.findall(html):
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
        except LookupError:
            stats["missing"] += 1
        finally:
            stats[name] = stats.get(name, 0) + 1
            queue.task_done()


async def crawl(site, start, n_workers=8):
    queue = asyncio.Queue()
    seen = {start}
    results = {}
    stats = {"max_open": 0, "missing": 0}
    limiter = asyncio.Semaphore(4)
    queue.put_nowait(start)
    queue.put_nowait("/p/missing")
    tasks = [asyncio.create_task(worker(f"w{i}", site, queue, seen, results, limiter, stats))
             for i in range(n_workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results, stats


async def checksum(i):
    total = 0
    for k in range(200):
        total = (total * 31 + i + k) % 1000003
        if k % 50 == 0:
            await asyncio.sleep(0)
    return total


async def main():
    site = build_site(21, 1500)
    results, stats = await crawl(site, "/p/0")
    sums = await asyncio.gather(*(checksum(i) for i in range(300)))
    busy = sum(v for k, v in stats.items() if k.startswith("w"))
    print("crawled:", len(results), "words:", sum(results.values()), "missing:", stats["missing"])
    print("max open:", stats["max_open"], "handled:", busy)
    print("checksums:", sum(sums) % 1000003, sums[:3])
    top = sorted(results.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("wordiest:", top)


if __name__ == "__main__":
    asyncio.run(main())
