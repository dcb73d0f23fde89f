package io.github.cptskit.pathways.engine;

import io.vavr.Tuple2;
import io.vavr.collection.TreeMap;
import java.util.Arrays;

/**
 * An event's data as guards, routes and checks read it on every transition, without allocating: the
 * map, and the usual single datum in two fields or more as sorted arrays. Made once per command and
 * shared by the events decided from it; immutable.
 */
final class FlatData {
    private static final String[] NONE = new String[0];
    static final FlatData EMPTY = new FlatData(TreeMap.empty());

    final TreeMap<String, String> map;
    private final String key0;
    private final String value0;
    private final String[] keys;
    private final String[] values;

    FlatData(TreeMap<String, String> map) {
        this.map = map;
        if (map.size() == 1) {
            Tuple2<String, String> kv = map.head();
            key0 = kv._1;
            value0 = kv._2;
            keys = NONE;
            values = NONE;
        } else {
            key0 = null;
            value0 = null;
            keys = map.isEmpty() ? NONE : map.keySet().toJavaArray(String[]::new);
            values = map.isEmpty() ? NONE : map.values().toJavaArray(String[]::new);
        }
    }

    static FlatData of(TreeMap<String, String> map) {
        return map.isEmpty() ? EMPTY : new FlatData(map);
    }

    String get(String key) {
        if (key0 != null) {
            return key0.equals(key) ? value0 : null;
        }
        if (keys.length == 0) {
            return null;
        }
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? values[i] : null;
    }

    int size() {
        return key0 != null ? 1 : keys.length;
    }
}
