//! Model descriptions and their pure maths: shape inference, cost and receptive fields.
