/** Plain-Java core of the KnowBridge partner recommender. */
package org.knowbridge.recommendations.engine;
