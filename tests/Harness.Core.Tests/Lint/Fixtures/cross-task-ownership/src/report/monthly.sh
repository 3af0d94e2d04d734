#!/bin/sh
echo monthly
