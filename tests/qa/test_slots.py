import threading
import time

from qa.slots import FairSlots


def test_waiters_are_served_in_arrival_order_and_never_more_than_n_at_once():
    slots, order, inside, most = FairSlots(1), [], [0], [0]
    lock = threading.Lock()

    def worker(i: int) -> None:
        with slots:
            with lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
                order.append(i)
            time.sleep(0.01)
            with lock:
                inside[0] -= 1

    threads = []
    with slots:  # hold the slot while the others line up, one by one
        for i in range(8):
            threads.append(threading.Thread(target=worker, args=(i,)))
            threads[-1].start()
            time.sleep(0.02)
    for t in threads:
        t.join()
    assert order == list(range(8)) and most[0] == 1
